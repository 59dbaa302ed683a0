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
  ],
  window: {
    navigationBarTitleText: '圆桌汇',
    navigationBarBackgroundColor: '#b71c1c',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f5f5',
  },
});
