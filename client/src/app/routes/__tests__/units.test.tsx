import { http } from 'msw';
import { describe, expect, it } from 'vitest';

import { mockMe, problem } from '@/testing/mocks/auth';
import { fileRefused, mockUnits, orgUnitImportUrl, orgUnitMergeUrl, orgUnitUrl } from '@/testing/mocks/org-units';
import { server } from '@/testing/mocks/server';
import { expectNoSeriousAxeViolations } from '@/testing/accessibility';
import { renderRoute, screen, waitFor, within } from '@/testing/test-utils';

function unitManager() {
  mockMe.grant('ReadScores', 'ReadUnits', 'ManageUnits');
}

/** The If-Match header of every PUT the app sends. */
function recordIfMatch(): (string | null)[] {
  const seen: (string | null)[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'PUT') seen.push(request.headers.get('If-Match'));
  });
  return seen;
}

/** The edit panel, once the unit has loaded into it. */
async function openEditor(user: ReturnType<typeof renderRoute>['user'], name: string) {
  await user.click(await screen.findByRole('button', { name: `Sửa ${name}` }));
  const panel = await screen.findByRole('region', { name: `Sửa đơn vị: ${name}` });
  await waitFor(() => expect(within(panel).getByLabelText('Tên tiếng Việt')).toHaveValue(name));
  return panel;
}

describe('units', () => {
  it('shows a reader the tree, opening levels on demand, without controls to change it', async () => {
    const { user } = renderRoute('/admin/units');

    expect(await screen.findByRole('heading', { level: 1, name: 'Đơn vị' })).toBeInTheDocument();
    expect(screen.getByText('Bạn chỉ có quyền xem các đơn vị.')).toBeInTheDocument();
    const province = await screen.findByRole('button', { name: 'Thu gọn UBND tỉnh Bắc Giang' });
    expect(province).toHaveAttribute('aria-expanded', 'true');
    // Children in Vietnamese alphabetical order.
    expect(screen.getAllByText(/^(Sở (Nội|Tài)|UBND huyện)/).map((node) => node.textContent)).toEqual([
      'Sở Nội vụ',
      'Sở Tài chính',
      'UBND huyện Lục Nam',
    ]);
    expect(screen.queryByText('UBND xã Bảo Đài')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Mở UBND huyện Lục Nam' }));
    expect(screen.getByText('UBND xã Bảo Đài')).toBeInTheDocument();

    expect(screen.queryByRole('button', { name: /^Sửa/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Thêm đơn vị' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Nhập đơn vị từ tệp' })).not.toBeInTheDocument();
  });

  it('finds units by name typed without diacritics', async () => {
    const { user } = renderRoute('/admin/units');

    await user.type(await screen.findByRole('searchbox', { name: 'Tên hoặc mã đơn vị' }), 'so noi vu{Enter}');

    const table = await screen.findByRole('table', { name: 'Đơn vị khớp với “so noi vu”' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('Sở Nội vụSở, ban, ngànhSNV');
  });

  it('shows the tree and the search as of the day chosen, kept in the address, and offers no edits of another day', async () => {
    unitManager();
    const asked: string[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname.startsWith('/api/v1/org-units')) asked.push(`${url.pathname}${url.search}`);
    });
    const { user, router } = renderRoute('/admin/units');
    expect(await screen.findByRole('button', { name: 'Sửa Sở Nội vụ' })).toBeInTheDocument();
    expect(screen.queryByText('UBND huyện Yên Dũng')).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Ngày hiệu lực'), '2025-06-30');

    expect(router.state.location.search).toBe('?asOf=2025-06-30');
    expect(await screen.findByRole('heading', { level: 2, name: 'Cây đơn vị ngày 30/06/2025' })).toBeInTheDocument();
    expect(await screen.findByText('UBND huyện Yên Dũng')).toBeInTheDocument();
    expect(screen.getByText('UBND cấp huyện · YD · đến 30/06/2025')).toBeInTheDocument();
    expect(screen.getByLabelText('Ngày hiệu lực')).toHaveAccessibleDescription(
      'Các đơn vị như ngày 30/06/2025: chỉ để xem; việc sửa áp dụng cho trạng thái hiện tại.',
    );
    expect(screen.queryByRole('button', { name: /^Sửa/ })).not.toBeInTheDocument();
    expect(asked).toContain('/api/v1/org-units/tree?asOf=2025-06-30');

    await user.type(screen.getByRole('searchbox', { name: 'Tên hoặc mã đơn vị' }), 'yen dung{Enter}');
    expect(await screen.findByRole('table', { name: 'Đơn vị khớp với “yen dung”' })).toHaveTextContent('UBND huyện Yên Dũng');
    expect(asked.some((url) => url.startsWith('/api/v1/org-units?') && url.includes('asOf=2025-06-30'))).toBe(true);
    await expectNoSeriousAxeViolations();

    await user.click(screen.getByRole('button', { name: 'Xem hôm nay' }));
    expect(router.state.location.search).toBe('');
    expect(await screen.findByRole('button', { name: 'Sửa Sở Nội vụ' })).toBeInTheDocument();
    expect(screen.queryByText('UBND huyện Yên Dũng')).not.toBeInTheDocument();
  });

  it('reads the day from the address, in English too', async () => {
    const { user } = renderRoute('/admin/units?asOf=2025-06-30');

    expect(await screen.findByText('UBND huyện Yên Dũng')).toBeInTheDocument();
    expect(screen.getByLabelText('Ngày hiệu lực')).toHaveValue('2025-06-30');

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Unit tree on Jun 30, 2025' })).toBeInTheDocument();
    expect(screen.getByLabelText('As of')).toHaveValue('2025-06-30');
    expect(screen.getByText('District People’s Committee · YD · until Jun 30, 2025')).toBeInTheDocument();
  });

  it('renames a unit, sending back the ETag it read as If-Match', async () => {
    unitManager();
    const ifMatch = recordIfMatch();
    const { user } = renderRoute('/admin/units');

    const panel = await openEditor(user, 'Sở Nội vụ');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveFocus();
    const name = within(panel).getByLabelText('Tên tiếng Việt');
    await user.clear(name);
    await user.type(name, 'Sở Nội vụ tỉnh Bắc Giang');
    await user.click(within(panel).getByRole('button', { name: 'Lưu thay đổi' }));

    expect(await within(panel).findByRole('status')).toHaveTextContent('Đã lưu thay đổi.');
    expect(ifMatch).toEqual(['"7"']);
    expect(mockUnits.get(101)?.unit).toMatchObject({ nameVi: 'Sở Nội vụ tỉnh Bắc Giang', code: 'SNV' });
    expect(await screen.findByRole('button', { name: 'Sửa Sở Nội vụ tỉnh Bắc Giang' })).toBeInTheDocument();

    // A second edit starts from the version the save returned.
    await user.type(within(panel).getByLabelText('Mã'), '-1');
    await user.click(within(panel).getByRole('button', { name: 'Lưu thay đổi' }));
    await waitFor(() => expect(ifMatch).toEqual(['"7"', '"8"']));
    expect(mockUnits.get(101)?.unit.code).toBe('SNV-1');
  });

  it('tells the reader to reload when someone else changed the unit meanwhile (412), then saves on the new version', async () => {
    unitManager();
    const ifMatch = recordIfMatch();
    const { user } = renderRoute('/admin/units');
    const panel = await openEditor(user, 'Sở Tài chính');
    mockUnits.changeBySomeoneElse(102, { nameEn: 'Department of Finance of Bac Giang' });

    const name = within(panel).getByLabelText('Tên tiếng Việt');
    await user.clear(name);
    await user.type(name, 'Sở Tài chính tỉnh');
    await user.click(within(panel).getByRole('button', { name: 'Lưu thay đổi' }));

    const alert = await within(panel).findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Đơn vị này vừa được người khác thay đổi' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('Thay đổi của bạn chưa được lưu. Hãy tải lại để xem bản mới nhất rồi sửa lại.');
    expect(within(panel).getByRole('button', { name: 'Lưu thay đổi' })).toBeDisabled();
    expect(mockUnits.get(102)?.unit.nameVi).toBe('Sở Tài chính');

    await user.click(within(alert).getByRole('button', { name: 'Tải lại' }));

    await waitFor(() =>
      expect(within(panel).getByLabelText('Tên tiếng Anh')).toHaveValue('Department of Finance of Bac Giang'),
    );
    expect(within(panel).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(panel).getByLabelText('Tên tiếng Việt')).toHaveValue('Sở Tài chính');
    await user.clear(within(panel).getByLabelText('Tên tiếng Việt'));
    await user.type(within(panel).getByLabelText('Tên tiếng Việt'), 'Sở Tài chính tỉnh');
    await user.click(within(panel).getByRole('button', { name: 'Lưu thay đổi' }));

    expect(await within(panel).findByRole('status')).toHaveTextContent('Đã lưu thay đổi.');
    expect(ifMatch).toEqual(['"7"', '"8"']);
    expect(mockUnits.get(102)?.unit).toMatchObject({ nameVi: 'Sở Tài chính tỉnh', nameEn: 'Department of Finance of Bac Giang' });
  });

  it('says the same in English, and names a missing version (428) too', async () => {
    unitManager();
    server.use(http.put(orgUnitUrl, () => problem(428, { title: 'Precondition required' })));
    const { user } = renderRoute('/admin/units');
    await openEditor(user, 'Sở Nội vụ');
    await user.click(screen.getByRole('button', { name: 'English' }));

    const panel = screen.getByRole('region', { name: 'Edit unit: Department of Home Affairs' });
    await user.click(within(panel).getByRole('button', { name: 'Save changes' }));

    const alert = await within(panel).findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Could not tell which version you edited' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('Your change was not saved. Reload the unit, then make your change again.');
    expect(within(alert).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });

  it('shows a rule the API enforces on the field it concerns', async () => {
    unitManager();
    const { user } = renderRoute('/admin/units');
    const panel = await openEditor(user, 'Sở Nội vụ');

    await user.clear(within(panel).getByLabelText('Tên tiếng Việt'));
    await user.click(within(panel).getByRole('button', { name: 'Lưu thay đổi' }));

    const name = within(panel).getByLabelText('Tên tiếng Việt');
    await waitFor(() => expect(name).toHaveAccessibleDescription("'Name Vi' must not be empty."));
    expect(name).toBeInvalid();
  });

  it('adds a unit under a parent found by name', async () => {
    unitManager();
    const { user } = renderRoute('/admin/units');
    const form = await screen.findByRole('region', { name: 'Thêm đơn vị' });

    await user.selectOptions(within(form).getByLabelText('Loại đơn vị'), 'Commune');
    await user.type(within(form).getByRole('combobox', { name: 'Đơn vị cấp trên' }), 'luc nam');
    await user.click(await within(form).findByRole('option', { name: /UBND huyện Lục Nam/ }));
    await user.type(within(form).getByLabelText('Tên tiếng Việt'), 'UBND xã Tiên Nha');
    await user.click(within(form).getByRole('button', { name: 'Thêm đơn vị' }));

    expect(await within(form).findByRole('status')).toHaveTextContent('Đã thêm đơn vị UBND xã Tiên Nha.');
    expect(within(form).getByLabelText('Tên tiếng Việt')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Mở UBND huyện Lục Nam' }));
    expect(await screen.findByText('UBND xã Tiên Nha')).toBeInTheDocument();
  });

  it('puts the field errors of a refused unit on its fields', async () => {
    unitManager();
    const { user } = renderRoute('/admin/units');
    const form = await screen.findByRole('region', { name: 'Thêm đơn vị' });

    await user.click(within(form).getByRole('button', { name: 'Thêm đơn vị' }));

    const parent = within(form).getByRole('combobox', { name: 'Đơn vị cấp trên' });
    await waitFor(() => expect(parent).toBeInvalid());
    expect(parent).toHaveAccessibleDescription(/A unit other than a province needs a parent\./);
    expect(parent).toHaveFocus();
    expect(within(form).getByLabelText('Tên tiếng Việt')).toHaveAccessibleDescription("'Name Vi' must not be empty.");
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('imports units from a CSV file and says how many were created', async () => {
    unitManager();
    const { user } = renderRoute('/admin/units');
    const file = new File(['code,kind,name_vi\nTN,Commune,UBND xã Tiên Nha\nBD2,Commune,UBND xã Bình Sơn\n'], 'don-vi.csv', {
      type: 'text/csv',
    });

    const form = await screen.findByRole('region', { name: 'Nhập đơn vị từ tệp' });
    await user.upload(within(form).getByLabelText('Tệp CSV hoặc XLSX'), file);
    await user.click(within(form).getByRole('button', { name: 'Nhập đơn vị' }));

    expect(await screen.findByText('Đã tạo 2 đơn vị.')).toBeInTheDocument();
  });

  it('lists every problem of a refused file by row and column', async () => {
    unitManager();
    server.use(
      http.post(orgUnitImportUrl, () =>
        fileRefused([
          { row: 4, column: 'kind', message: "'Village' is not a kind of unit." },
          { row: 2, column: 'kind', message: "'Village' is not a kind of unit." },
        ]),
      ),
    );
    const { user } = renderRoute('/admin/units');
    const file = new File(['code,kind,name_vi\nA,Village,Thôn A\nB,Commune,Xã B\nC,Village,Thôn C\n'], 'don-vi.csv', {
      type: 'text/csv',
    });

    const form = await screen.findByRole('region', { name: 'Nhập đơn vị từ tệp' });
    await user.upload(within(form).getByLabelText('Tệp CSV hoặc XLSX'), file);
    await user.click(within(form).getByRole('button', { name: 'Nhập đơn vị' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Không nhập được tệp' })).toBeInTheDocument();
    const problems = screen.getByRole('table', { name: 'Tệp có 2 lỗi; chưa có dòng nào được nhập.' });
    const rows = within(problems).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['2', 'kind', "'Village' is not a kind of unit."],
      ['4', 'kind', "'Village' is not a kind of unit."],
    ]);
  });

  describe('merging', () => {
    /** Every merge the app sends. */
    function recordMerges(): unknown[] {
      const seen: unknown[] = [];
      server.events.on('request:start', ({ request }) => {
        if (request.method === 'POST' && new URL(request.url).pathname === orgUnitMergeUrl) void request.clone().json().then((body) => seen.push(body));
      });
      return seen;
    }

    async function openMerge(user: ReturnType<typeof renderRoute>['user'], name: string) {
      await user.click(await screen.findByRole('button', { name: `Sáp nhập ${name} vào đơn vị khác` }));
      return screen.findByRole('region', { name: 'Sáp nhập đơn vị' });
    }

    async function pick(user: ReturnType<typeof renderRoute>['user'], panel: HTMLElement, label: string, typed: string, option: RegExp) {
      await user.type(within(panel).getByRole('combobox', { name: label }), typed);
      await user.click(await within(panel).findByRole('option', { name: option }));
    }

    it('merges units into a successor after a confirmation saying what ends when and who takes over', async () => {
      unitManager();
      const merges = recordMerges();
      const { user } = renderRoute('/admin/units');
      await user.click(await screen.findByRole('button', { name: 'Mở UBND huyện Lục Nam' }));
      const panel = await openMerge(user, 'UBND xã Bảo Đài');

      await pick(user, panel, 'Sáp nhập thêm đơn vị', 'tai chinh', /Sở Tài chính/);
      expect(within(within(panel).getByRole('list', { name: 'Các đơn vị được sáp nhập' })).getAllByRole('listitem').map((item) => item.firstChild?.textContent)).toEqual([
        'UBND xã Bảo Đài',
        'Sở Tài chính',
      ]);
      await pick(user, panel, 'Đơn vị kế thừa', 'noi vu', /Sở Nội vụ/);
      await user.type(within(panel).getByLabelText('Ngày sáp nhập có hiệu lực'), '2025-07-01');
      await user.click(within(panel).getByRole('button', { name: 'Xem trước khi sáp nhập' }));

      const confirmation = within(panel).getByRole('region', { name: 'Xác nhận sáp nhập' });
      expect(confirmation).toHaveTextContent('Các đơn vị sau sẽ chấm dứt hoạt động sau ngày 30/06/2025:');
      expect(within(confirmation).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['UBND xã Bảo Đài', 'Sở Tài chính']);
      expect(confirmation).toHaveTextContent('Sở Nội vụ là đơn vị kế thừa: từ ngày 01/07/2025, các báo cáo của những đơn vị này do Sở Nội vụ thực hiện.');
      expect(merges).toEqual([]);

      await user.click(within(confirmation).getByRole('button', { name: 'Sáp nhập' }));

      expect(await within(panel).findByRole('status')).toHaveTextContent('Đã sáp nhập UBND xã Bảo Đài, Sở Tài chính vào Sở Nội vụ từ ngày 01/07/2025.');
      expect(merges).toEqual([{ unitIds: [104, 102], successorId: 101, effectiveOn: '2025-07-01' }]);
      expect(mockUnits.get(104)?.unit).toMatchObject({ activeTo: '2025-06-30', successorId: 101 });
      // The tree shows active units only: the merged ones are gone from it.
      await waitFor(() => expect(screen.queryByRole('button', { name: 'Sáp nhập Sở Tài chính vào đơn vị khác' })).not.toBeInTheDocument());
    });

    it('asks for the successor and the day before confirming anything', async () => {
      unitManager();
      const merges = recordMerges();
      const { user } = renderRoute('/admin/units');
      const panel = await openMerge(user, 'Sở Tài chính');

      await user.click(within(panel).getByRole('button', { name: 'Xem trước khi sáp nhập' }));

      expect(within(panel).getByRole('combobox', { name: 'Đơn vị kế thừa' })).toHaveAccessibleDescription(/Hãy chọn đơn vị kế thừa\./);
      expect(within(panel).getByLabelText('Ngày sáp nhập có hiệu lực')).toHaveAccessibleDescription('Hãy chọn ngày có hiệu lực.');
      expect(within(panel).queryByRole('region', { name: 'Xác nhận sáp nhập' })).not.toBeInTheDocument();
      expect(merges).toEqual([]);
    });

    it('warns of sub-units in the confirmation and shows the refusal as the API words it, merging nothing', async () => {
      unitManager();
      const { user } = renderRoute('/admin/units');
      const panel = await openMerge(user, 'UBND huyện Lục Nam');
      await pick(user, panel, 'Đơn vị kế thừa', 'noi vu', /Sở Nội vụ/);
      await user.type(within(panel).getByLabelText('Ngày sáp nhập có hiệu lực'), '2025-07-01');
      await user.click(within(panel).getByRole('button', { name: 'Xem trước khi sáp nhập' }));

      const confirmation = within(panel).getByRole('region', { name: 'Xác nhận sáp nhập' });
      expect(confirmation).toHaveTextContent('UBND huyện Lục Nam còn 1 đơn vị trực thuộc đang hoạt động');
      await user.click(within(confirmation).getByRole('button', { name: 'Sáp nhập' }));

      const alert = await within(panel).findByRole('alert');
      expect(alert).toHaveTextContent('Không sáp nhập được');
      expect(alert).toHaveTextContent('UBND huyện Lục Nam still has active sub-units: move or merge them first.');
      expect(mockUnits.get(103)?.unit.activeTo).toBeUndefined();
    });

    it('puts a field error of the API under its field', async () => {
      unitManager();
      server.use(
        http.post(orgUnitMergeUrl, () =>
          problem(400, { title: 'Dữ liệu không hợp lệ', errors: { effectiveOn: ['The merge must take effect after 2021-01-01.'] } }),
        ),
      );
      const { user } = renderRoute('/admin/units');
      const panel = await openMerge(user, 'Sở Tài chính');
      await pick(user, panel, 'Đơn vị kế thừa', 'noi vu', /Sở Nội vụ/);
      await user.type(within(panel).getByLabelText('Ngày sáp nhập có hiệu lực'), '2020-01-01');
      await user.click(within(panel).getByRole('button', { name: 'Xem trước khi sáp nhập' }));
      await user.click(within(panel).getByRole('button', { name: 'Sáp nhập' }));

      expect(await within(panel).findByLabelText('Ngày sáp nhập có hiệu lực')).toHaveAccessibleDescription(
        'The merge must take effect after 2021-01-01.',
      );
    });

    it('offers no merging to a reader who may not manage units', async () => {
      renderRoute('/admin/units?merge=102');

      expect(await screen.findByRole('button', { name: 'Thu gọn UBND tỉnh Bắc Giang' })).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /^Sáp nhập/ })).not.toBeInTheDocument();
      expect(screen.queryByRole('region', { name: 'Sáp nhập đơn vị' })).not.toBeInTheDocument();
    });
  });

  describe('document profile', () => {
    const symbolShape = 'Ký hiệu văn bản gồm chữ viết tắt tên loại văn bản và tên cơ quan, nối bằng dấu gạch nối, viết hoa (ví dụ BC-SNV).';

    /** The profile's panel, once the unit's profile has loaded into it. */
    async function profilePanel(name: string) {
      const panel = await screen.findByRole('region', { name: `Hồ sơ văn bản: ${name}` });
      await within(panel).findByLabelText('Ký hiệu văn bản');
      return panel;
    }

    it('loads the profile beside the unit\'s edit, puts a refused symbol\'s error on its field, and saves the corrected profile', async () => {
      unitManager();
      const { user } = renderRoute('/admin/units');
      await openEditor(user, 'Sở Nội vụ');
      const panel = await profilePanel('Sở Nội vụ');

      const symbol = within(panel).getByLabelText('Ký hiệu văn bản');
      await waitFor(() => expect(symbol).toHaveValue('BC-SNV'));
      expect(within(panel).getByLabelText('Thẩm quyền ký')).toHaveValue('KT. GIÁM ĐỐC');
      expect(within(panel).getByLabelText('Chức vụ người ký')).toHaveValue('PHÓ GIÁM ĐỐC');
      expect(within(panel).getByLabelText('Họ và tên người ký')).toHaveValue('Nguyễn Văn An');
      const recipients = within(panel).getByLabelText('Nơi nhận');
      expect(recipients).toHaveValue('UBND tỉnh\nBộ Nội vụ');

      await user.clear(symbol);
      await user.type(symbol, 'bc snv');
      await user.click(within(panel).getByRole('button', { name: 'Lưu hồ sơ văn bản' }));

      await waitFor(() => expect(symbol).toBeInvalid());
      expect(symbol).toHaveAccessibleDescription(expect.stringContaining(symbolShape));
      expect(within(panel).queryByRole('alert')).not.toBeInTheDocument();
      expect(mockUnits.profile(101)?.symbol).toBe('BC-SNV');

      await user.clear(symbol);
      await user.type(symbol, 'BC-SNV');
      await user.clear(within(panel).getByLabelText('Thẩm quyền ký'));
      await user.clear(within(panel).getByLabelText('Chức vụ người ký'));
      await user.type(within(panel).getByLabelText('Chức vụ người ký'), 'GIÁM ĐỐC');
      await user.clear(within(panel).getByLabelText('Họ và tên người ký'));
      await user.type(within(panel).getByLabelText('Họ và tên người ký'), 'Trần Thị Bình');
      await user.type(recipients, '{Enter}  Sở Tài chính  {Enter}{Enter}');
      await user.click(within(panel).getByRole('button', { name: 'Lưu hồ sơ văn bản' }));

      expect(await within(panel).findByRole('status')).toHaveTextContent('Đã lưu hồ sơ văn bản.');
      expect(symbol).toBeValid();
      expect(mockUnits.profile(101)).toEqual({
        unitId: 101,
        symbol: 'BC-SNV',
        signingAuthority: null,
        signerTitle: 'GIÁM ĐỐC',
        signerName: 'Trần Thị Bình',
        recipients: ['UBND tỉnh', 'Bộ Nội vụ', 'Sở Tài chính'],
      });
      // The form shows the profile as kept: blank lines gone.
      expect(recipients).toHaveValue('UBND tỉnh\nBộ Nội vụ\nSở Tài chính');
      await expectNoSeriousAxeViolations(panel);
    });

    it('starts empty for a unit that keeps none, opened from its address, and says so in English too', async () => {
      unitManager();
      const { user } = renderRoute('/admin/units?profile=102');
      const panel = await profilePanel('Sở Tài chính');

      expect(panel).toHaveTextContent('Đơn vị chưa có hồ sơ văn bản');
      expect(within(panel).getByLabelText('Ký hiệu văn bản')).toHaveValue('');
      expect(within(panel).getByLabelText('Nơi nhận')).toHaveValue('');
      await user.type(within(panel).getByLabelText('Ký hiệu văn bản'), 'BC-STC');
      await user.type(within(panel).getByLabelText('Chức vụ người ký'), 'GIÁM ĐỐC');
      await user.type(within(panel).getByLabelText('Họ và tên người ký'), 'Lê Văn Cường');
      await user.click(within(panel).getByRole('button', { name: 'Lưu hồ sơ văn bản' }));

      // No recipient: the API's error goes on the recipients' field, and nothing is kept.
      const recipients = within(panel).getByLabelText('Nơi nhận');
      await waitFor(() => expect(recipients).toBeInvalid());
      expect(recipients).toHaveAccessibleDescription(expect.stringContaining("'Recipients' must not be empty."));
      expect(mockUnits.profile(102)).toBeUndefined();

      await user.click(screen.getByRole('button', { name: 'English' }));
      const english = await screen.findByRole('region', { name: 'Document profile: Department of Finance' });
      expect(within(english).getByLabelText('Recipients (Nơi nhận)')).toBeInTheDocument();
      expect(within(english).getByRole('button', { name: 'Save the document profile' })).toBeInTheDocument();
    });

    it('shows a reader who may not manage units the profile without a way to save it', async () => {
      renderRoute('/admin/units?profile=101');
      const panel = await profilePanel('Sở Nội vụ');

      await waitFor(() => expect(within(panel).getByLabelText('Ký hiệu văn bản')).toHaveValue('BC-SNV'));
      expect(within(panel).getByLabelText('Ký hiệu văn bản')).toBeDisabled();
      expect(within(panel).getByLabelText('Nơi nhận')).toBeDisabled();
      expect(within(panel).queryByRole('button', { name: 'Lưu hồ sơ văn bản' })).not.toBeInTheDocument();
    });

    it('offers no empty profile for a unit the reader does not see', async () => {
      unitManager();
      renderRoute('/admin/units?profile=999');
      const panel = await screen.findByRole('region', { name: 'Hồ sơ văn bản: #999' });

      expect(await within(panel).findByRole('alert')).toHaveTextContent('Không tìm thấy');
      expect(within(panel).queryByLabelText('Ký hiệu văn bản')).not.toBeInTheDocument();
    });
  });
});
