/** zh-CN messages: the console's default language. Keys are shared with en-US. */
export const zhCN = {
  'app.title': '圆桌汇',
  'app.subtitle': '社区治理协同平台',
  'app.language': '语言',
  'app.logout': '退出登录',
  'home.welcome': '欢迎使用圆桌汇管理后台',
  'home.api': '接口版本',
  'error.network': '网络异常，请稍后再试',
  'error.UNAUTHENTICATED': '请先登录',
  'error.FORBIDDEN': '当前角色无权执行此操作',
  'error.NOT_FOUND': '记录不存在或不在您的管辖范围内',
  'error.BAD_USER_INPUT': '输入有误，请检查后重试',
  'error.CONFLICT': '记录已被他人修改，请刷新后重试',
  'error.INTERNAL_SERVER_ERROR': '服务器开小差了，请稍后再试',
} as const;

export type MessageKey = keyof typeof zhCN;
