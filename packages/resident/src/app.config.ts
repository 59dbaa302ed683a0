// Every page of the app (the mini program's app.json lists them; scripts/check-weapp.mjs checks the build).
export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/login/login',
    'pages/bind/bind',
    'pages/raise/raise',
    'pages/matters/matters',
    'pages/matter/matter',
    'pages/settings/settings',
    'pages/disclosure/disclosure',
    'pages/venues/venues',
    'pages/venue/venue',
    'pages/board/board',
    'pages/notifications/notifications',
    'pages/publications/publications',
    'pages/ledger/ledger',
    'pages/meetings/meetings',
    'pages/volunteer/volunteer',
    'pages/points/points',
    'pages/votes/votes',
    'pages/privacy/privacy',
  ],
  // H5: no sliding page transition (the sliding pages widened the document past the phone's 390 px while
  // they moved, and taps landed on the page underneath); pages simply appear, as older residents expect.
  ...(process.env.TARO_ENV === 'h5' ? { animation: false } : {}),
  window: {
    navigationBarTitleText: '圆桌汇',
    navigationBarBackgroundColor: '#b71c1c',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f5f5',
  },
});
