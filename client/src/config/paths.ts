export const paths = {
  home: '/',
  rankings: '/rankings',
} as const;
