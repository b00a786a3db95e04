import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n/index.ts';

interface PostcodeFormProps {
  value: string;
  onInput: (value: string) => void;
  onSearch: (value: string) => void;
  /** A message saying what is wrong with the postcode, shown with the field and focused. */
  error?: string | null;
}

/**
 * The postcode field. The form is handled here and never submitted to a server, so the postcode
 * stays on the phone and out of every URL.
 */
export function PostcodeForm({ value, onInput, onSearch, error }: PostcodeFormProps) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (error) input.current?.focus();
  }, [error]);
  const described = error ? 'postcode-hint postcode-error' : 'postcode-hint';
  return (
    <form
      class="postcode-form"
      role="search"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(input.current?.value ?? value);
      }}
    >
      <label for="postcode" class="label">
        {t('find:postcodeLabel')}
      </label>
      <p id="postcode-hint" class="hint">
        {t('find:postcodeHint')}
      </p>
      {error && (
        <p id="postcode-error" class="error-message">
          <span class="visually-hidden">{t('find:errorPrefix')} </span>
          {error}
        </p>
      )}
      <div class="field-row">
        <input
          ref={input}
          id="postcode"
          name="postcode"
          type="text"
          dir="ltr"
          autocomplete="postal-code"
          autocapitalize="characters"
          spellcheck={false}
          enterKeyHint="search"
          maxLength={16}
          class={error ? 'input input-error' : 'input'}
          aria-describedby={described}
          aria-invalid={error ? 'true' : undefined}
          value={value}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
        <button type="submit" class="button">
          {t('find:search')}
        </button>
      </div>
    </form>
  );
}
