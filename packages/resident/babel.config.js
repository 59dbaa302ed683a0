// Taro's Babel preset (React, TypeScript) for both the mini program and the H5 build.
module.exports = { presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]] };
