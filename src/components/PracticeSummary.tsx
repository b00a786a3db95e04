import { formatDistance } from '../i18n/format.ts';
import { telHref } from '../directory/contact.ts';
import type { Practice } from '../directory/practices.ts';
import { t } from '../i18n/index.ts';
import { useHref } from '../router/links.ts';

/** A "Safe Surgery" label; only ever shown for practices on the members list. */
export function SafeSurgeryBadge({ label }: { label: string }) {
  return <span class="badge">{label}</span>;
}

/**
 * One practice in a list of results: name (a link to its page), distance, badge, address and phone. Without
 * `km` (Northern Ireland, where no distance can be measured) no distance is shown.
 */
export function PracticeSummary({ practice, km }: { practice: Practice; km?: number }) {
  const href = useHref();
  return (
    <li class="result">
      <h3 class="result-name">
        <a href={href({ name: 'practice', code: practice.code })}>
          <bdi lang="en">{practice.name}</bdi>
        </a>
      </h3>
      {(km !== undefined || practice.member) && (
        <p class="result-meta">
          {km !== undefined && <bdi class="distance">{formatDistance(km)}</bdi>}
          {practice.member && <SafeSurgeryBadge label={t('find:safeSurgery')} />}
        </p>
      )}
      <p class="result-address">
        <bdi lang="en">{[...practice.address, practice.postcode].join(', ')}</bdi>
      </p>
      {practice.phone && (
        <p class="result-phone">
          {t('find:phone')} <PhoneNumber phone={practice.phone} />
        </p>
      )}
    </li>
  );
}

/** A practice's number as a `tel:` link when it is a UK phone number, else as text (data is never trusted to be one). */
function PhoneNumber({ phone }: { phone: string }) {
  const href = telHref(phone);
  return href ? (
    <a href={href}>
      <bdi>{phone}</bdi>
    </a>
  ) : (
    <bdi>{phone}</bdi>
  );
}
