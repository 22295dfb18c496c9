import { EMAIL_MESSAGES, type EmailKind, type EmailLocale, type EmailWords } from './mail.messages.js';

export interface RenderedEmail {
  locale: EmailLocale;
  subject: string;
  text: string;
  html: string;
}

const isEmailLocale = (locale: string): locale is EmailLocale => locale in EMAIL_MESSAGES.signUpVerification;

const escapeHtml = (value: string) =>
  value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

function plainText(words: EmailWords, link: string) {
  return [...words.before, `${words.action}:\n${link}`, ...words.after, '— Rapport'].join('\n\n') + '\n';
}

function html(words: EmailWords, link: string, locale: EmailLocale) {
  const paragraph = (text: string) => `<p style="margin:0 0 16px">${escapeHtml(text)}</p>`;
  const href = escapeHtml(link);
  return [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(words.subject)}</title></head>`,
    '<body style="margin:0;padding:24px;background:#f8f9fa;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#212529">',
    '<div style="max-width:520px;margin:0 auto;background:#ffffff;border:1px solid #dee2e6;border-radius:8px;padding:24px">',
    ...words.before.map(paragraph),
    `<p style="margin:24px 0"><a href="${href}" style="display:inline-block;background:#4263eb;color:#ffffff;text-decoration:none;padding:10px 18px;border-radius:6px;font-weight:600">${escapeHtml(words.action)}</a></p>`,
    `<p style="margin:0 0 16px;font-size:13px;color:#495057;word-break:break-all"><a href="${href}" style="color:#4263eb">${href}</a></p>`,
    ...words.after.map(paragraph),
    '<p style="margin:0;color:#868e96">— Rapport</p>',
    '</div></body></html>',
  ].join('\n');
}

/** An email of the catalogue in the recipient's language (English when the language is not one of ours). */
export function renderEmail(kind: EmailKind, locale: string, params: { link: string }): RenderedEmail {
  const language = isEmailLocale(locale) ? locale : 'en';
  const words = EMAIL_MESSAGES[kind][language];
  return {
    locale: language,
    subject: words.subject,
    text: plainText(words, params.link),
    html: html(words, params.link, language),
  };
}
