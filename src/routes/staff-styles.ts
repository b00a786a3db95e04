import href from './staff-tools.css?url';

/**
 * Links the staff tools' stylesheet (poster and share screens) when one of them is first opened. Linked
 * rather than imported: a CSS import in a lazy chunk makes Vite put its CSS-preloading helper into the
 * first bundle, which every patient downloads. Same origin, so the strict CSP allows it.
 */
export function linkStaffStyles(): void {
  if (document.querySelector(`link[href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}
