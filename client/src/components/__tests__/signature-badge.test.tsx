import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { changeLanguage } from '@/config/i18n';

import { commonName, SignatureBadge, type DocumentSignature } from '../signature-badge';

const valid: DocumentSignature = {
  sha256: 'a'.repeat(64),
  state: 'Valid',
  problem: null,
  detail: null,
  signatureCount: 1,
  signerSubject: 'CN=Nguyễn Văn An, O=Sở Nội vụ tỉnh Bắc Giang, C=VN',
  signerOrganisation: 'Sở Nội vụ tỉnh Bắc Giang',
  signedAt: '2026-12-03T01:02:03+00:00',
  timestampedAt: null,
  digestMatches: true,
  changedAfterSigning: false,
  trusted: true,
  checkedAt: '2026-12-03T02:00:00+00:00',
};

describe('SignatureBadge', () => {
  it('says a valid signature in words with the signer, the organisation and the time, in Vietnamese first', () => {
    render(<SignatureBadge signature={valid} />);

    const badge = screen.getByText('Chữ ký số hợp lệ', { exact: false });
    expect(badge).toHaveTextContent('✔ Chữ ký số hợp lệ (người ký Nguyễn Văn An; Sở Nội vụ tỉnh Bắc Giang; ký lúc');
  });

  it('says why a signature is not valid, in English too', async () => {
    await changeLanguage('en');

    render(<SignatureBadge signature={{ ...valid, state: 'ModifiedAfterSigning', problem: 'DigestMismatch', digestMatches: false }} />);

    expect(screen.getByText('Modified after signing', { exact: false })).toHaveTextContent('the signed content was changed');
  });

  it('shows nothing for a file that is not a PDF, and a bare state for an unsigned one', () => {
    const { container } = render(<SignatureBadge signature={null} />);
    expect(container).toBeEmptyDOMElement();

    render(<SignatureBadge signature={{ ...valid, state: 'NotSigned', signerSubject: null, signerOrganisation: null, signedAt: null, signatureCount: 0 }} />);
    expect(screen.getByText('Không có chữ ký số', { exact: false })).toHaveTextContent(/^○ Không có chữ ký số$/);
  });

  it('takes the common name out of a subject', () => {
    expect(commonName('C=VN, O=Sở Nội vụ, CN=Trần Thị Bình')).toBe('Trần Thị Bình');
    expect(commonName('O=Only')).toBe('O=Only');
  });
});
