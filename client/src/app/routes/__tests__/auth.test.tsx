import { http } from 'msw';
import { describe, expect, it } from 'vitest';

import { mockSessions, problem, testUser } from '@/testing/mocks/auth';
import { rankingsUrl, signInUrl } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderRoute, screen, signInForTest, waitFor, within } from '@/testing/test-utils';

interface SeenRequest {
  method: string;
  path: string;
  authorization: string | null;
  body: unknown;
}

/** Every request the app sends, as the API would see it. */
function recordRequests(): SeenRequest[] {
  const seen: SeenRequest[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    const entry: SeenRequest = {
      method: request.method,
      path: url.pathname + url.search,
      authorization: request.headers.get('Authorization'),
      body: undefined,
    };
    seen.push(entry);
    if (request.method === 'POST') {
      void request
        .clone()
        .json()
        .then((body: unknown) => {
          entry.body = body;
        });
    }
  });
  return seen;
}

const count = (seen: SeenRequest[], path: string) => seen.filter((request) => request.path.startsWith(path)).length;

function signInHeading() {
  return screen.findByRole('heading', { level: 1, name: 'Đăng nhập' });
}

function rankingsHeading() {
  return screen.findByRole('heading', { level: 1, name: 'Xếp hạng PAPI' });
}

function field(name: 'Tên đăng nhập' | 'Mật khẩu') {
  return screen.getByLabelText(name);
}

async function fillAndSubmit(user: ReturnType<typeof renderRoute>['user'], userName: string, password: string) {
  await signInHeading();
  if (userName) await user.type(field('Tên đăng nhập'), userName);
  if (password) await user.type(field('Mật khẩu'), password);
  await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
}

describe('signing in', () => {
  it('sends a visitor to sign-in, then to the rankings once signed in with the keyboard alone', async () => {
    const seen = recordRequests();
    const { user, router } = renderRoute('/', { signIn: false });

    expect(await signInHeading()).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(screen.getByRole('form', { name: 'Đăng nhập' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Đăng xuất' })).not.toBeInTheDocument();
    expect(field('Tên đăng nhập')).toHaveFocus();

    await user.keyboard(testUser.userName);
    await user.tab();
    expect(field('Mật khẩu')).toHaveFocus();
    expect(field('Mật khẩu')).toHaveAttribute('type', 'password');
    await user.keyboard(`${testUser.password}{Enter}`);

    expect(await rankingsHeading()).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/rankings');
    const header = screen.getByRole('banner');
    expect(await within(header).findByText(testUser.displayName)).toBeInTheDocument();
    expect(within(header).getByRole('button', { name: 'Đăng xuất' })).toBeInTheDocument();
    await screen.findByRole('row', { name: /Bắc Giang/ });

    const signIn = seen.find((request) => request.path === '/api/v1/auth/login');
    expect(signIn).toMatchObject({
      authorization: null,
      body: { userName: testUser.userName, password: testUser.password },
    });
    const rankings = seen.find((request) => request.path.includes('/rankings'));
    expect(rankings?.authorization).toBe('Bearer access-1');
  });

  it('brings the reader back to the page they first asked for', async () => {
    const { user, router } = renderRoute('/rankings?year=2021', { signIn: false });

    await signInHeading();
    expect(router.state.location.pathname).toBe('/login');
    expect(new URLSearchParams(router.state.location.search).get('returnTo')).toBe('/rankings?year=2021');

    await fillAndSubmit(user, testUser.userName, testUser.password);

    expect(await screen.findByText('Chưa có dữ liệu xếp hạng cho năm 2021.')).toBeInTheDocument();
    expect(router.state.location.pathname + router.state.location.search).toBe('/rankings?year=2021');
  });

  it('shows the title and detail of the API answer when the password is wrong, and stays', async () => {
    const { user, router } = renderRoute('/login', { signIn: false });

    await fillAndSubmit(user, testUser.userName, 'sai-mật-khẩu');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Không đăng nhập được' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('Chưa xác thực');
    expect(alert).toHaveTextContent('Sai tên đăng nhập hoặc mật khẩu.');
    expect(router.state.location.pathname).toBe('/login');
    expect(screen.queryByRole('button', { name: 'Đăng xuất' })).not.toBeInTheDocument();
  });

  it('says it in English too, when the reader switched language', async () => {
    const { user } = renderRoute('/login', { signIn: false });
    await signInHeading();

    await user.click(screen.getByRole('button', { name: 'English' }));
    await user.type(screen.getByLabelText('User name'), testUser.userName);
    await user.type(screen.getByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Could not sign in' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('Unauthorized');
    expect(alert).toHaveTextContent('Wrong user name or password.');
  });

  it('tells a locked-out reader what the API said and when to try again', async () => {
    server.use(
      http.post(signInUrl, () =>
        problem(
          429,
          { title: 'Quá nhiều yêu cầu', detail: 'Too many failed sign-ins: the account is locked for a while.' },
          { 'Retry-After': '300' },
        ),
      ),
    );
    const { user } = renderRoute('/login', { signIn: false });

    await fillAndSubmit(user, testUser.userName, 'sai-nhiều-lần');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Quá nhiều yêu cầu');
    expect(alert).toHaveTextContent('Too many failed sign-ins: the account is locked for a while.');
    expect(alert).toHaveTextContent('Vui lòng thử lại sau 5 phút nữa.');
  });

  it('shows the field errors of a rejected request on the fields themselves', async () => {
    const { user } = renderRoute('/login', { signIn: false });

    await fillAndSubmit(user, '', '');

    const userName = field('Tên đăng nhập');
    const password = field('Mật khẩu');
    await waitFor(() => expect(userName).toHaveAccessibleDescription('Tên đăng nhập không được để trống.'));
    expect(userName).toBeInvalid();
    expect(userName).toHaveFocus();
    expect(password).toHaveAccessibleDescription('Mật khẩu không được để trống.');
    expect(password).toBeInvalid();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.type(userName, testUser.userName);
    await user.type(password, testUser.password);
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(await rankingsHeading()).toBeInTheDocument();
  });

  it('takes a signed-in reader who opens sign-in on to the rankings', async () => {
    const { router } = renderRoute('/login');

    expect(await rankingsHeading()).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/rankings');
  });
});

describe('the session', () => {
  it('renews an expired access token once and retries the requests that met the 401', async () => {
    signInForTest();
    mockSessions.expireAccessTokens();
    const seen = recordRequests();

    const { router } = renderRoute('/rankings', { signIn: false });

    expect(await screen.findByRole('row', { name: /Bắc Giang/ })).toBeInTheDocument();
    expect(await within(screen.getByRole('banner')).findByText(testUser.displayName)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/rankings');
    // The first requests (/me and the index list the rankings wait for) met the 401 together and shared one renewal;
    // each was retried once with the renewed token, and the rankings were read with it.
    expect(count(seen, '/api/v1/auth/refresh')).toBe(1);
    expect(seen.find((request) => request.path === '/api/v1/auth/refresh')?.body).toEqual({ refreshToken: 'refresh-1' });
    const refused = seen.filter((request) => request.authorization === 'Bearer access-1').map((request) => request.path);
    expect(refused).toContain('/api/v1/me');
    expect(refused.length).toBeGreaterThan(1);
    for (const path of refused)
      expect(seen.filter((request) => request.path === path).map((request) => request.authorization)).toEqual([
        'Bearer access-1',
        'Bearer access-2',
      ]);
    expect(seen.filter((request) => request.path.includes('/rankings')).map((request) => request.authorization)).toContain(
      'Bearer access-2',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the page after a reload, not a sign-in error, when the API asks the renewal to wait a moment', async () => {
    signInForTest();
    mockSessions.expireAccessTokens();
    mockSessions.askToWaitOnRenewal(1, 1);

    const { router } = renderRoute('/rankings', { signIn: false });

    expect(await screen.findByRole('row', { name: /Bắc Giang/ }, { timeout: 5000 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/rankings');
    expect(mockSessions.renewals).toBe(2);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says when to try again when the API refuses a page with 429', async () => {
    server.use(
      http.get(rankingsUrl, () =>
        problem(
          429,
          { title: 'Quá nhiều yêu cầu', detail: 'Tài khoản hoặc mã truy cập này đã gửi quá nhiều yêu cầu trong một phút.' },
          { 'Retry-After': '30' },
        ),
      ),
    );

    renderRoute('/rankings');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Quá nhiều yêu cầu');
    expect(alert).toHaveTextContent('Vui lòng thử lại sau 30 giây nữa.');
    expect(screen.queryByRole('heading', { level: 1, name: 'Đăng nhập' })).not.toBeInTheDocument();
  });

  it('returns to sign-in when the session cannot be renewed, and back after signing in again', async () => {
    signInForTest();
    mockSessions.expireAccessTokens();
    mockSessions.revokeRefreshTokens();
    const seen = recordRequests();

    const { user, router } = renderRoute('/rankings?year=2021', { signIn: false });

    expect(await signInHeading()).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.');
    expect(router.state.location.pathname).toBe('/login');
    expect(count(seen, '/api/v1/auth/refresh')).toBe(1);
    expect(screen.queryByRole('button', { name: 'Đăng xuất' })).not.toBeInTheDocument();

    await fillAndSubmit(user, testUser.userName, testUser.password);

    expect(await screen.findByText('Chưa có dữ liệu xếp hạng cho năm 2021.')).toBeInTheDocument();
    expect(router.state.location.pathname + router.state.location.search).toBe('/rankings?year=2021');
  });

  it('signs out: the API revokes the refresh token and the reader is back at sign-in', async () => {
    const seen = recordRequests();
    const { user, router } = renderRoute('/rankings');
    const header = await screen.findByRole('banner');
    await within(header).findByText(testUser.displayName);

    await user.click(within(header).getByRole('button', { name: 'Đăng xuất' }));

    expect(await signInHeading()).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(within(header).queryByText(testUser.displayName)).not.toBeInTheDocument();
    const signOut = seen.find((request) => request.path === '/api/v1/auth/logout');
    expect(signOut?.body).toEqual({ refreshToken: 'refresh-1' });
    expect(mockSessions.spend('refresh-1')).toBe(false);

    // Nothing of the earlier session is reused: the next sign-in asks the API again who this is.
    await router.navigate('/rankings');
    await signInHeading();
    await fillAndSubmit(user, testUser.userName, testUser.password);
    expect(await within(header).findByText(testUser.displayName)).toBeInTheDocument();
    expect(count(seen, '/api/v1/me')).toBe(2);
  });
});
