export default {
  start: {
    sharedWaiting: 'Photos shared to Shoebox are waiting. Choose how to start below and they open on the Upload page, ready to upload.',
    signIn: 'Sign in with Google',
    signingIn: 'Waiting for Google…',
    scriptLoading: 'Loading Google sign-in…',
    scriptFailedTitle: "Google's sign-in could not load",
    scriptFailed:
      'You may be offline, or a browser extension or network filter may be blocking accounts.google.com. The demo works without it.',
    retryScript: 'Try again',
    permissionsNote:
      "Shoebox asks Google only to add photos and albums and to see and edit what it adds, and who you are, so each account's data stays apart. Your sign-in stays in this tab and is never stored on disk.",
    partialGrant:
      'You signed in without allowing everything Shoebox asks for; some features will say what they need. You can allow them under Google account.',
  },
  errors: {
    popup_closed: 'The Google window was closed before sign-in finished.',
    access_denied: "You didn't allow Shoebox to use your Google Photos library.",
    popup_failed_to_open: "Your browser blocked Google's sign-in window. Allow pop-ups for this site and try again.",
    unavailable: "Google's sign-in is not available right now. Check your connection and try again.",
    invalid_scope: 'Google no longer grants this permission to apps.',
    generic: "Sign-in with Google didn't work ({{code}}). Please try again.",
  },
  dialog: {
    expiredTitle: 'Continue your Google session',
    expiredBody:
      'Your sign-in with Google needs renewing. Continue to pick up where you left off: this page, what you typed and your uploads are kept.',
    scopesTitle: 'One more permission',
    scopesBody: 'To do this, Shoebox needs another permission from Google:',
    declinedTitle: 'Permission not granted',
    declinedBody: 'Google did not give Shoebox this permission:',
    declinedSharing:
      'Without it, Shoebox cannot share albums, stop sharing, or join and leave shared albums. Since 31 March 2025 Google no longer grants this permission to most apps, so you may not be offered it at all. You can share from Google Photos instead.',
    declinedOther: 'The features that need it stay unavailable until you allow it.',
    openGooglePhotos: 'Open Google Photos',
    continue: 'Continue with Google',
    askAgain: 'Ask again',
    waiting: 'Waiting for Google…',
    notNow: 'Not now',
    signOut: 'Sign out',
  },
  scopes: {
    appendOnly: 'Add photos and albums to your library',
    readAppCreated: 'See the photos and albums Shoebox added',
    editAppCreated: 'Edit titles, descriptions and covers of what Shoebox added',
    sharing: 'Manage and add to shared albums',
    picker: 'See the photos you pick in Google Photos',
    other: 'Other: {{scope}}',
  },
  account: {
    signedInAs: 'Signed in as {{account}}',
    sharingRetired:
      'Sharing is not listed: Google removed that permission for apps on 31 March 2025. Share from Google Photos instead.',
    quotaTitle: "Today's Google Photos allowance",
    quotaApi: 'Requests',
    quotaMedia: 'Photo and video loads',
    quotaUsed: '{{used}} of {{limit}}',
    quotaNote:
      'Counted by this browser. Google sets these daily limits per OAuth client, shared by everyone using this deployment; they renew at midnight Pacific time.',
    forgetRecords: "Also forget this account's records on this device",
    forgetRecordsNote:
      'Album stories and the list of photos already added from Google Photos. Your photos and albums in Google Photos are not touched. Language and theme stay.',
    title: 'Google account',
    permissions: 'Permissions',
    granted: 'Allowed',
    declined: 'Not allowed',
    notAsked: 'Asked for when needed',
    ask: 'Allow',
    askAgain: 'Ask again',
    sessionUntil: 'Signed in to Google. The current sign-in is valid until {{time}}; your next click near then renews it (Google may flash a window).',
    tokenNote: 'Shoebox keeps your sign-in in this tab only and revokes it when you sign out.',
    signOut: 'Sign out',
    signingOut: 'Signing out…',
  },
} as const
