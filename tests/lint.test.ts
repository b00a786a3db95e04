import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

describe('the lint rules for import direction can fail', () => {
  // ESLint with the project's own config, on made-up files: each rule must catch what it is for.
  const lint = async (code: string, filePath: string) => {
    const { ESLint } = await import('eslint');
    const [result] = await new ESLint({ cwd: ROOT }).lintText(code, { filePath: join(ROOT, filePath) });
    return (result?.messages ?? []).map((m) => m.ruleId);
  };

  it('refuses a component importing a screen, app code importing a tool, and i18next outside src/i18n', async () => {
    expect(
      await lint("import { Find } from '../routes/Find.tsx';\nexport const x = Find;\n", 'src/components/Bad.tsx'),
    ).toContain('no-restricted-imports');
    expect(
      await lint("import { main } from '../tools/check-budget.ts';\nexport const x = main;\n", 'src/routes/Bad.tsx'),
    ).toContain('no-restricted-imports');
    expect(await lint("import i18next from 'i18next';\nexport const x = i18next;\n", 'src/routes/Bad.tsx')).toContain(
      'no-restricted-imports',
    );
  });

  it('allows what the house allows: type imports of i18next, and i18next inside src/i18n', async () => {
    expect(await lint("import type { TFunction } from 'i18next';\nexport type X = TFunction;\n", 'src/content/Ok.ts')).toEqual(
      [],
    );
    expect(await lint("import i18next from 'i18next';\nexport const x = i18next;\n", 'src/i18n/ok.ts')).toEqual([]);
  });
});
