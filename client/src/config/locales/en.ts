import type { TranslationResource } from './vi';

export const en: TranslationResource = {
  app: {
    name: 'PapiTracker',
    nav: {
      label: 'Main navigation',
      rankings: 'Rankings',
    },
    user: {
      signOut: 'Sign out',
    },
    language: {
      switchTo: 'Tiếng Việt',
      switchToLabel: 'Switch to Vietnamese',
    },
    notFound: {
      title: 'Page not found',
      backToRankings: 'Back to rankings',
    },
  },
  common: {
    loading: 'Loading…',
    errorTitle: 'Could not load the data',
    errorUnknown: 'Something unexpected went wrong. Please try again.',
    retry: 'Try again',
    notAvailable: 'No data',
  },
  auth: {
    signIn: {
      title: 'Sign in',
      intro: 'Sign in to see the PAPI data.',
      userName: 'User name',
      password: 'Password',
      submit: 'Sign in',
      submitting: 'Signing in…',
      failed: 'Could not sign in',
      retryAfter: 'Please try again {{when}}.',
      sessionExpired: 'Your session has expired. Please sign in again.',
    },
  },
  rankings: {
    title: 'PAPI rankings',
    yearLabel: 'Year',
    tableCaption: 'PAPI rankings of provinces and cities, {{year}}',
    empty: 'No rankings have been published for {{year}} yet.',
    noRelease: 'No PAPI release has been published for {{year}} yet.',
    columns: {
      rank: 'Rank',
      province: 'Province',
      score: 'Total score',
      change: 'Change vs previous year',
      group: 'Group',
    },
    notRanked: 'not ranked',
    rankChange: {
      up_one: 'up {{count}} place',
      up_other: 'up {{count}} places',
      down_one: 'down {{count}} place',
      down_other: 'down {{count}} places',
      same: 'same rank',
    },
    changeUnavailable: {
      NoPreviousRelease: 'no earlier release to compare',
      FrameworkVersionChanged: 'index changed, not comparable',
      NotScoredThisYear: 'not scored this year',
      NotScoredPreviousYear: 'not scored the year before',
    },
    groups: {
      Best: 'Best performers',
      HighAverage: 'High average',
      LowAverage: 'Low average',
      Poor: 'Poor performers',
    },
  },
};
