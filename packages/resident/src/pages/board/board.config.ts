export default definePageConfig({ navigationBarTitleText: '社区公开栏', enablePullDownRefresh: true });
