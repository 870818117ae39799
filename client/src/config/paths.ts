export const paths = {
  home: '/',
  signIn: '/login',
  rankings: '/rankings',
} as const;
