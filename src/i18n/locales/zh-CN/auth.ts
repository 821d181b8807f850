import type { Catalog } from '../../types'
import type en from '../en/auth'

export default {
  start: {
    signIn: '使用 Google 账号登录',
    signingIn: '正在等待 Google…',
    scriptLoading: '正在加载 Google 登录…',
    scriptFailedTitle: '无法加载 Google 登录',
    scriptFailed: '你可能处于离线状态，或者浏览器扩展、网络过滤器拦截了 accounts.google.com。演示版无需它也能使用。',
    retryScript: '重试',
    permissionsNote:
      'Shoebox 只请求 Google 允许它添加照片和相册，以及查看和编辑它添加的内容。只有在你分享时才会请求分享权限。你的登录只保存在此标签页中，绝不会写入磁盘。',
    partialGrant: '你登录时没有允许 Shoebox 请求的全部权限；需要这些权限的功能会说明原因。你可以在“Google 账号”中允许。',
  },
  errors: {
    popup_closed: '登录完成前 Google 窗口已关闭。',
    access_denied: '你没有允许 Shoebox 使用你的 Google 相册库。',
    popup_failed_to_open: '浏览器拦截了 Google 登录窗口。请允许此网站弹出窗口，然后重试。',
    unavailable: 'Google 登录暂时不可用。请检查网络连接后重试。',
    invalid_scope: 'Google 已不再向应用授予此权限。',
    generic: '使用 Google 登录失败（{{code}}）。请重试。',
  },
  dialog: {
    expiredTitle: '继续你的 Google 会话',
    expiredBody: '你的 Google 登录需要续期。继续即可回到刚才的位置：当前页面、你输入的内容和上传队列都会保留。',
    scopesTitle: '还需要一项权限',
    scopesBody: '为此，Shoebox 需要 Google 再授予一项权限：',
    declinedTitle: '未获得权限',
    declinedBody: 'Google 没有授予 Shoebox 这项权限：',
    declinedSharing:
      '没有这项权限，Shoebox 就无法分享相册、停止分享，也无法加入或退出共享相册。自 2025 年 3 月 31 日起，Google 已不再向大多数应用授予此权限，因此你可能根本看不到这个选项。你可以改用 Google 相册来分享。',
    declinedOther: '在你允许之前，需要它的功能将无法使用。',
    openGooglePhotos: '打开 Google 相册',
    continue: '通过 Google 继续',
    askAgain: '再次请求',
    waiting: '正在等待 Google…',
    notNow: '暂不',
    signOut: '退出登录',
  },
  scopes: {
    appendOnly: '向你的相册库添加照片和相册',
    readAppCreated: '查看 Shoebox 添加的照片和相册',
    editAppCreated: '编辑 Shoebox 添加内容的标题、说明和封面',
    sharing: '管理共享相册并向其中添加内容',
    picker: '查看你在 Google 相册中选择的照片',
    other: '其他：{{scope}}',
  },
  account: {
    button: 'Google 账号',
    title: 'Google 账号',
    permissions: '权限',
    granted: '已允许',
    declined: '未允许',
    notAsked: '需要时再请求',
    ask: '允许',
    askAgain: '再次请求',
    sessionUntil: '已登录 Google。登录会自动续期；当前登录有效期至 {{time}}。',
    tokenNote: 'Shoebox 只在此标签页中保存你的登录，并在你退出时将其撤销。',
    signOut: '退出登录',
    signingOut: '正在退出…',
  },
} satisfies Catalog<typeof en>
