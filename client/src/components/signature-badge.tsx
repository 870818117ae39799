import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/config/i18n';
import type { components } from '@/types/api';
import { formatDateTime } from '@/utils/format';

export type DocumentSignature = components['schemas']['DocumentSignatureDto'];
type SignatureState = DocumentSignature['state'];

/** An icon per state, so the state is never told by colour alone; the words say it in the reader's language. */
const icons: Record<SignatureState, string> = {
  Valid: '✔',
  SignedUntrusted: '⚠',
  ModifiedAfterSigning: '✖',
  NotSigned: '○',
  CouldNotCheck: '?',
};

/** The common name out of a subject (`CN=Nguyễn Văn An, O=…`), or the whole subject when it has none. */
export function commonName(subject: string): string {
  const match = /(?:^|,\s*)CN=([^,]+)/.exec(subject);
  return match?.[1]?.trim() ?? subject;
}

/**
 * A PDF's signature check beside the file: icon and words, then who signed, for which organisation, when (and the
 * timestamp), or why it is not valid. Files that are not PDFs have no check and show nothing.
 */
export function SignatureBadge({ signature }: { signature: DocumentSignature | null | undefined }) {
  const { t } = useTranslation();
  if (!signature) return null;
  const language = currentLanguage();
  const details = [
    signature.signerSubject ? t('common.signature.signer', { name: commonName(signature.signerSubject) }) : undefined,
    signature.signerOrganisation ?? undefined,
    signature.signedAt ? t('common.signature.signedAt', { at: formatDateTime(signature.signedAt, language) }) : undefined,
    signature.timestampedAt ? t('common.signature.timestampedAt', { at: formatDateTime(signature.timestampedAt, language) }) : undefined,
    signature.problem ? t(`common.signature.problem.${signature.problem}`) : undefined,
  ].filter((d): d is string => d !== undefined);
  return (
    <span className={`signature-badge signature-${signature.state}`}>
      <span aria-hidden="true">{icons[signature.state]}</span> {t(`common.signature.state.${signature.state}`)}
      {details.length > 0 && <span className="note"> ({details.join('; ')})</span>}
    </span>
  );
}
