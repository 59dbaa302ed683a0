export default definePageConfig({ navigationBarTitleText: '圆桌汇' });
