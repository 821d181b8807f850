import type { Catalog } from '../../types'
import type en from '../en/library'

export default {
  gridLabel: '照片和视频，最新的在前',
  upload: '上传',
  loadError: '无法加载您的照片库',
  empty: {
    title: '您的照片库是空的',
    body: '您用 Shoebox 上传的照片和视频会显示在这里，最新的在前。可以把文件拖放到此页面的任意位置，或选择文件。',
    action: '上传照片',
  },
  download: '下载',
  addToAlbum: {
    title: '添加到相册',
    intro_one: '为所选项目选择一个相册。',
    intro_two: '为所选的 {{count}} 个项目选择一个相册。',
    intro_other: '为所选的 {{count}} 个项目选择一个相册。',
    albums: '相册',
    loading: '正在加载相册…',
    none: '您还没有相册。请在下方创建一个。',
    loadMore: '显示更多相册',
    readOnly: '只读',
    newAlbum: '新建相册',
    newAlbumTitle: '新相册的标题',
    create: '创建并添加',
    adding: '正在添加…',
    added_one: '已将 {{count}} 个项目添加到“{{album}}”。',
    added_two: '已将 {{count}} 个项目添加到“{{album}}”。',
    added_other: '已将 {{count}} 个项目添加到“{{album}}”。',
    failed: '“{{album}}”：{{reason}}',
    open: '打开相册',
    titleEmpty: '请为相册输入标题。',
    titleTooLong_one: '相册标题最多 500 个字符。请删除 {{count}} 个字符。',
    titleTooLong_two: '相册标题最多 500 个字符。请删除 {{count}} 个字符。',
    titleTooLong_other: '相册标题最多 500 个字符。请删除 {{count}} 个字符。',
    untitled: '未命名相册',
  },
} satisfies Catalog<typeof en>
