import { t } from '../i18n/index.ts';
import { findLanguage } from '../i18n/language-list.ts';

/** Whether a language's translation is still a draft (not yet checked by a professional translator). */
export function isDraft(code: string): boolean {
  return findLanguage(code)?.status === 'draft';
}

/** A small, kind note under a draft translation's heading; nothing for English or a reviewed translation. */
export function DraftNote({ language }: { language: string }) {
  if (!isDraft(language)) return null;
  return <p class="hint draft-note">{t('draft:note')}</p>;
}
