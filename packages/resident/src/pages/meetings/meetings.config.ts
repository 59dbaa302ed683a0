export default definePageConfig({ navigationBarTitleText: '议事会议', enablePullDownRefresh: true });
