export const vi = {
  app: {
    name: 'PapiTracker',
    nav: {
      label: 'Điều hướng chính',
      rankings: 'Xếp hạng',
    },
    user: {
      signOut: 'Đăng xuất',
    },
    language: {
      switchTo: 'English',
      switchToLabel: 'Chuyển sang tiếng Anh',
    },
    notFound: {
      title: 'Không tìm thấy trang',
      backToRankings: 'Về trang xếp hạng',
    },
  },
  common: {
    loading: 'Đang tải…',
    errorTitle: 'Không tải được dữ liệu',
    errorUnknown: 'Đã xảy ra lỗi không mong muốn. Vui lòng thử lại.',
    retry: 'Thử lại',
    notAvailable: 'Không có dữ liệu',
  },
  auth: {
    signIn: {
      title: 'Đăng nhập',
      intro: 'Đăng nhập để xem số liệu PAPI.',
      userName: 'Tên đăng nhập',
      password: 'Mật khẩu',
      submit: 'Đăng nhập',
      submitting: 'Đang đăng nhập…',
      failed: 'Không đăng nhập được',
      retryAfter: 'Vui lòng thử lại {{when}}.',
      sessionExpired: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
    },
  },
  rankings: {
    title: 'Xếp hạng PAPI',
    yearLabel: 'Năm',
    tableCaption: 'Xếp hạng PAPI các tỉnh, thành phố năm {{year}}',
    empty: 'Chưa có dữ liệu xếp hạng cho năm {{year}}.',
    noRelease: 'Chưa có kỳ công bố PAPI nào cho năm {{year}}.',
    columns: {
      rank: 'Hạng',
      province: 'Tỉnh/thành phố',
      score: 'Tổng điểm',
      change: 'Thay đổi so với năm trước',
      group: 'Nhóm',
    },
    notRanked: 'chưa xếp hạng',
    rankChange: {
      up_one: 'tăng {{count}} bậc',
      up_other: 'tăng {{count}} bậc',
      down_one: 'giảm {{count}} bậc',
      down_other: 'giảm {{count}} bậc',
      same: 'giữ nguyên hạng',
    },
    changeUnavailable: {
      NoPreviousRelease: 'không có kỳ trước để so sánh',
      FrameworkVersionChanged: 'bộ chỉ số thay đổi, không so sánh được',
      NotScoredThisYear: 'chưa có điểm năm nay',
      NotScoredPreviousYear: 'không có điểm năm trước',
    },
    groups: {
      Best: 'Nhóm cao nhất',
      HighAverage: 'Nhóm trung bình cao',
      LowAverage: 'Nhóm trung bình thấp',
      Poor: 'Nhóm thấp nhất',
    },
  },
};

export type TranslationResource = typeof vi;
