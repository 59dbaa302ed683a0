// Taro 4 build configuration: one codebase, two outputs — the WeChat mini program (dist/weapp, with
// project.config.json for WeChat's developer tools) and the H5 page the server serves at /m/ (dist/h5).
const path = require('node:path');

module.exports = () => {
  const type = process.env.TARO_ENV;
  return {
    projectName: 'roundtable-resident',
    date: '2026-12-6',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: process.env.RESIDENT_OUT_DIR || path.join('dist', type),
    plugins: [],
    defineConstants: {
      // The API of the mini program build (an H5 page served at /m/ calls its own origin).
      RESIDENT_API_URL: JSON.stringify(process.env.RESIDENT_API_URL || ''),
    },
    copy: {
      patterns:
        type === 'weapp'
          ? [
              {
                from: 'project.config.json',
                to: `${process.env.RESIDENT_OUT_DIR || path.join('dist', type)}/project.config.json`,
              },
            ]
          : [],
      options: {},
    },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    logger: { quiet: true, stats: false },
    mini: {
      postcss: { pxtransform: { enable: true, config: {} }, cssModules: { enable: false } },
    },
    h5: {
      publicPath: '/m/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: {
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        pxtransform: { enable: true, config: {} },
        autoprefixer: { enable: true },
        cssModules: { enable: false },
      },
      enableSourceMap: false,
    },
  };
};
