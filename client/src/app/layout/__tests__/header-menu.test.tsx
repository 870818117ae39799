import { afterEach, describe, expect, it, vi } from 'vitest';

import { compactHeaderQuery } from '@/app/layout/header-menu';
import { act, renderRoute, screen, within } from '@/testing/test-utils';

/** A screen whose width the test sets: `compactHeaderQuery` matches while `phone` is true. */
function stubScreen(phone: boolean) {
  const listeners = new Set<() => void>();
  const state = { phone };
  vi.stubGlobal('matchMedia', (query: string) => ({
    get matches() {
      return query === compactHeaderQuery && state.phone;
    },
    media: query,
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  }));
  return {
    resize(toPhone: boolean) {
      state.phone = toPhone;
      act(() => listeners.forEach((listener) => listener()));
    },
  };
}

const mainNav = () => screen.queryByRole('navigation', { name: 'Điều hướng chính' });

describe('header menu', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('on a phone folds the pages behind a menu button, which opens them and takes focus to the first', async () => {
    stubScreen(true);
    const { user } = renderRoute('/rankings');

    const button = await screen.findByRole('button', { name: 'Trình đơn' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(mainNav()).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Đăng xuất' })).not.toBeInTheDocument();

    await user.click(button);

    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById(button.getAttribute('aria-controls') ?? '')).toBeVisible();
    expect(within(mainNav() as HTMLElement).getByRole('link', { name: 'Tổng quan' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
  });

  it('closes on Escape and gives focus back to the button', async () => {
    stubScreen(true);
    const { user } = renderRoute('/rankings');
    const button = await screen.findByRole('button', { name: 'Trình đơn' });
    await user.click(button);
    expect(mainNav()).toBeInTheDocument();

    await user.keyboard('{Escape}');

    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(mainNav()).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('closes when a link is followed, on the page it leads to', async () => {
    stubScreen(true);
    const { user, router } = renderRoute('/notifications');
    const button = await screen.findByRole('button', { name: 'Trình đơn' });
    await user.click(button);

    await user.click(within(mainNav() as HTMLElement).getByRole('link', { name: 'Xếp hạng' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Xếp hạng PAPI' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/rankings');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(mainNav()).not.toBeInTheDocument();
  });

  it('closes when the page outside it is touched, and toggles with its button', async () => {
    stubScreen(true);
    const { user } = renderRoute('/rankings');
    const button = await screen.findByRole('button', { name: 'Trình đơn' });

    await user.click(button);
    await user.click(await screen.findByRole('heading', { level: 1, name: 'Xếp hạng PAPI' }));
    expect(button).toHaveAttribute('aria-expanded', 'false');

    await user.click(button);
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(mainNav()).not.toBeInTheDocument();
  });

  it('on a wide screen shows the pages in the header with no button, and folds them when the window narrows', async () => {
    const screenSize = stubScreen(false);
    renderRoute('/rankings');

    expect(await screen.findByRole('navigation', { name: 'Điều hướng chính' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Trình đơn' })).not.toBeInTheDocument();

    screenSize.resize(true);

    expect(screen.getByRole('button', { name: 'Trình đơn' })).toHaveAttribute('aria-expanded', 'false');
    expect(mainNav()).not.toBeInTheDocument();
  });

  it('names its button in English too', async () => {
    stubScreen(true);
    const { user } = renderRoute('/rankings');
    await user.click(await screen.findByRole('button', { name: 'Trình đơn' }));

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(screen.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  });
});
