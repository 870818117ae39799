using System.Runtime.CompilerServices;

namespace PapiTracker.Domain.Common;

/// <summary>
/// Every message the API can put in a problem (title, detail, field error, file problem), Vietnamese and
/// English side by side, so that neither language is ever missing. Add an entry here rather than a string
/// at the throw site; the entry's name is its code. A test walks every entry and fails on one that is
/// empty, the same in both languages, or not Vietnamese in its Vietnamese text.
/// </summary>
public static class Messages
{
    private static Text T(string vi, string en, [CallerMemberName] string code = "") => new(code, vi, en);

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private static string IsoDay(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Titles of the problems, by HTTP status.</summary>
    public static readonly IReadOnlyDictionary<int, Text> Titles = new Dictionary<int, Text>
    {
        [400] = new("Title400", "Dữ liệu không hợp lệ", "The request is not valid"),
        [401] = new("Title401", "Chưa đăng nhập", "Not signed in"),
        [403] = new("Title403", "Không có quyền", "Not allowed"),
        [404] = new("Title404", "Không tìm thấy", "Not found"),
        [405] = new("Title405", "Phương thức không được hỗ trợ", "Method not allowed"),
        [409] = new("Title409", "Xung đột dữ liệu", "Conflict with the current state"),
        [412] = new("Title412", "Dữ liệu đã bị thay đổi", "The data has changed"),
        [413] = new("Title413", "Tệp quá lớn", "The file is too large"),
        [415] = new("Title415", "Định dạng tệp không được hỗ trợ", "Unsupported file type"),
        [428] = new("Title428", "Thiếu phiên bản dữ liệu", "The version you edit is missing"),
        [429] = new("Title429", "Quá nhiều yêu cầu", "Too many requests"),
        [500] = new("Title500", "Lỗi hệ thống", "Something went wrong on our side"),
        [502] = new("Title502", "Dịch vụ bên ngoài trả lời không hợp lệ", "An outside service gave an invalid answer"),
        [503] = new("Title503", "Hệ thống tạm thời không phục vụ được", "The service is unavailable for a moment"),
    };

    /// <summary>
    /// The messages of FluentValidation's built-in rules, by its keys (placeholders in braces are its
    /// own). The field is the error's key, so the message does not repeat the property's name.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, Text> Rules = new Dictionary<string, Text>
    {
        ["NotEmptyValidator"] = new("NotEmptyValidator", "Không được để trống.", "Must not be empty."),
        ["NotNullValidator"] = new("NotNullValidator", "Phải có giá trị.", "Must be given."),
        ["NullValidator"] = new("NullValidator", "Phải để trống.", "Must not be given."),
        ["EmptyValidator"] = new("EmptyValidator", "Phải để trống.", "Must be empty."),
        ["MaximumLengthValidator"] = new("MaximumLengthValidator", "Dài tối đa {MaxLength} ký tự (đang có {TotalLength}).", "At most {MaxLength} characters (you gave {TotalLength})."),
        ["MinimumLengthValidator"] = new("MinimumLengthValidator", "Dài ít nhất {MinLength} ký tự (đang có {TotalLength}).", "At least {MinLength} characters (you gave {TotalLength})."),
        ["LengthValidator"] = new("LengthValidator", "Dài từ {MinLength} đến {MaxLength} ký tự (đang có {TotalLength}).", "From {MinLength} to {MaxLength} characters (you gave {TotalLength})."),
        ["ExactLengthValidator"] = new("ExactLengthValidator", "Phải dài đúng {MaxLength} ký tự (đang có {TotalLength}).", "Exactly {MaxLength} characters (you gave {TotalLength})."),
        ["InclusiveBetweenValidator"] = new("InclusiveBetweenValidator", "Phải từ {From} đến {To} (đang là {PropertyValue}).", "Must be from {From} to {To} (you gave {PropertyValue})."),
        ["ExclusiveBetweenValidator"] = new("ExclusiveBetweenValidator", "Phải lớn hơn {From} và nhỏ hơn {To} (đang là {PropertyValue}).", "Must be between {From} and {To}, exclusive (you gave {PropertyValue})."),
        ["GreaterThanValidator"] = new("GreaterThanValidator", "Phải lớn hơn {ComparisonValue}.", "Must be greater than {ComparisonValue}."),
        ["GreaterThanOrEqualValidator"] = new("GreaterThanOrEqualValidator", "Phải lớn hơn hoặc bằng {ComparisonValue}.", "Must be {ComparisonValue} or more."),
        ["LessThanValidator"] = new("LessThanValidator", "Phải nhỏ hơn {ComparisonValue}.", "Must be less than {ComparisonValue}."),
        ["LessThanOrEqualValidator"] = new("LessThanOrEqualValidator", "Phải nhỏ hơn hoặc bằng {ComparisonValue}.", "Must be {ComparisonValue} or less."),
        ["EqualValidator"] = new("EqualValidator", "Phải bằng {ComparisonValue}.", "Must be {ComparisonValue}."),
        ["NotEqualValidator"] = new("NotEqualValidator", "Không được bằng {ComparisonValue}.", "Must not be {ComparisonValue}."),
        ["PredicateValidator"] = new("PredicateValidator", "Giá trị không hợp lệ.", "The value is not valid."),
        ["AsyncPredicateValidator"] = new("AsyncPredicateValidator", "Giá trị không hợp lệ.", "The value is not valid."),
        ["EnumValidator"] = new("EnumValidator", "Không phải một giá trị được chấp nhận.", "Not one of the accepted values."),
        ["RegularExpressionValidator"] = new("RegularExpressionValidator", "Không đúng định dạng.", "Not in the right format."),
        ["EmailValidator"] = new("EmailValidator", "Không phải địa chỉ email hợp lệ.", "Not a valid email address."),
        ["CreditCardValidator"] = new("CreditCardValidator", "Không phải số thẻ hợp lệ.", "Not a valid card number."),
        ["ScalePrecisionValidator"] = new("ScalePrecisionValidator", "Có quá nhiều chữ số.", "Has too many digits."),
    };

    /// <summary>Names of the resources a 404 names.</summary>
    public static class Resources
    {
        public static Text ApiToken => T("mã truy cập API", "API token");
        public static Text Webhook => T("đăng ký webhook", "Webhook subscription");
        public static Text WebhookDelivery => T("lần gửi webhook", "Webhook delivery");
        public static Text ActionItem => T("nhiệm vụ", "Action item");
        public static Text BaselineResult => T("kết quả năm cơ sở của tỉnh trong kế hoạch", "Baseline result of the plan's province");
        public static Text EvidenceFile => T("tệp minh chứng", "Evidence file");
        public static Text StoredDocument => T("tệp tài liệu", "Stored document");
        public static Text SignedDocument => T("văn bản đã ký số", "Signed document");
        public static Text FrameworkVersion => T("phiên bản bộ chỉ số", "Framework version");
        public static Text Framework => T("bộ chỉ số", "Framework");
        public static Text Plan => T("kế hoạch", "Plan");
        public static Text ProgressReport => T("báo cáo tiến độ", "Progress report");
        public static Text Province => T("tỉnh", "Province");
        public static Text ReportAttachment => T("tệp đính kèm báo cáo", "Report attachment");
        public static Text ReportObligation => T("nghĩa vụ báo cáo", "Report obligation");
        public static Text ReportVersion => T("phiên bản báo cáo", "Report version");
        public static Text Report => T("báo cáo", "Report");
        public static Text ReportingPeriod => T("kỳ báo cáo", "Reporting period");
        public static Text RoleAssignment => T("phân quyền", "Role assignment");
        public static Text ScoreReleaseAfterBaseline => T("kết quả công bố sau năm cơ sở", "Score release after the baseline");
        public static Text ScoreRelease => T("kết quả công bố", "Score release");
        public static Text Restructuring => T("đợt sắp xếp đơn vị hành chính", "Restructuring");
        public static Text ReleaseRevision => T("phiên bản kết quả công bố", "Release revision");
        public static Text Unit => T("đơn vị", "Unit");
        public static Text DocumentProfile => T("thông tin ban hành văn bản của đơn vị", "Unit's document profile");
        public static Text User => T("người dùng", "User");
    }

    // Access and signing in
    public static Text NotFound(Text resource, object key) => T($"Không tìm thấy {resource.Vi} '{key}'.", $"{resource.En} '{key}' was not found.");
    public static Text NotAllowedHere => T("Bạn không có quyền làm việc này với đơn vị này.", "You do not have the right to do this for this unit.");
    public static Text SignInFirst => T("Hãy đăng nhập, hoặc gửi mã truy cập API hợp lệ.", "Sign in, or send a valid API token.");
    public static Text SignInAgain => T("Mã làm mới phiên không còn hiệu lực: hãy đăng nhập lại.", "The refresh token is not valid any more: sign in again.");
    public static Text WrongPassword => T("Sai tên đăng nhập hoặc mật khẩu.", "Wrong user name or password.");
    public static Text AccountLocked => T("Đăng nhập sai quá nhiều lần: tài khoản bị khóa trong ít phút.", "Too many failed sign-ins: the account is locked for a while.");
    public static Text SignInRateLimited => T("Quá nhiều yêu cầu đăng nhập từ địa chỉ này: vui lòng chờ rồi thử lại.", "Too many sign-in requests from this address: wait and try again.");
    public static Text FailedSignInsFromAddress => T("Quá nhiều lần đăng nhập sai từ địa chỉ này: vui lòng chờ rồi thử lại.", "Too many failed sign-ins from this address: wait and try again.");
    public static Text SessionRenewedTooOften => T("Phiên đăng nhập được gia hạn quá nhiều lần trong thời gian ngắn: vui lòng chờ giây lát rồi thử lại.", "This session was renewed too often just now: wait a moment and try again.");
    public static Text RequestBudgetSpent => T("Tài khoản hoặc mã truy cập này đã gửi quá nhiều yêu cầu trong một phút: vui lòng chờ giây lát rồi thử lại.", "This account or API token sent too many requests in a minute: wait a moment and try again.");
    public static Text NotificationsNeedAPerson => T("Thông báo dành cho người đăng nhập, không dành cho mã truy cập API.", "Notifications are for people who sign in, not for API tokens.");
    public static Text WholeCountryMatrix => T("Bảng tổng hợp cả nước chỉ dành cho người xem được mọi tỉnh; hãy chọn một đơn vị của bạn.", "The whole country's matrix is for those who see every province; ask for one of your units.");
    public static Text HeadSubmits => T("Trưởng đơn vị gửi báo cáo của đơn vị: đơn vị không cho phép cán bộ gửi.", "The unit head submits this unit's reports: the unit does not let its officers submit.");
    public static Text ReportNotYoursToReview(long id) => T($"Báo cáo {id} không gửi đến đơn vị bạn xem xét.", $"Report {id} is not owed to a unit you review.");
    public static Text UnknownScopes(string scopes) => T($"Phạm vi không xác định: {scopes}.", $"Unknown scope(s): {scopes}.");
    public static Text UnknownScope(string known) => T($"Phạm vi không xác định. Các phạm vi hợp lệ: {known}.", $"Unknown scope. Known: {known}.");
    public static Text TokenExpiryInFuture => T("Mã truy cập phải hết hạn vào một thời điểm trong tương lai.", "A token must expire in the future.");
    public static Text TokenExpiryInTheFuture => T("Thời điểm hết hạn phải ở tương lai.", "The expiry must be in the future.");
    public static Text TokenLivesTwoYears => T("Mã truy cập có hiệu lực tối đa hai năm.", "A token lives two years at most.");
    public static Text UserNameCharacters => T("Chỉ dùng chữ cái, chữ số và . _ @ -.", "Use letters, digits and . _ @ - only.");
    public static Text RoleHeldAtUnit => T("Vai trò này được giao tại một đơn vị.", "This role is held at a unit.");
    public static Text AdminRoleEverywhere => T("Vai trò quản trị hệ thống có hiệu lực ở mọi nơi, không giao tại đơn vị.", "A system admin's role is held everywhere.");
    public static Text AdminRoleNotAtUnit => T("Vai trò quản trị hệ thống có hiệu lực ở mọi nơi, không giao tại một đơn vị.", "A system admin's role is held everywhere, not at a unit.");
    public static Text RoleNeedsUnit(string role) => T($"Vai trò {role} được giao tại một đơn vị.", $"The {role} role is held at a unit.");
    public static Text RoleAlreadyHeld => T("Người dùng đã có vai trò này tại đơn vị này.", "The user already holds this role at this unit.");
    public static Text UnitNoLongerActive(string unit) => T($"{unit} không còn hoạt động.", $"{unit} is no longer active.");

    /// <summary>ASP.NET Identity's refusals, by its error codes.</summary>
    public static Text Identity(string code) => code switch
    {
        "PasswordTooShort" => T("Mật khẩu cần ít nhất 10 ký tự.", "The password needs at least 10 characters.", "PasswordTooShort"),
        "PasswordRequiresDigit" => T("Mật khẩu cần ít nhất một chữ số.", "The password needs a digit.", "PasswordRequiresDigit"),
        "PasswordRequiresLower" => T("Mật khẩu cần ít nhất một chữ thường.", "The password needs a lower-case letter.", "PasswordRequiresLower"),
        "PasswordRequiresUpper" => T("Mật khẩu cần ít nhất một chữ hoa.", "The password needs an upper-case letter.", "PasswordRequiresUpper"),
        "PasswordRequiresNonAlphanumeric" => T("Mật khẩu cần ít nhất một ký tự đặc biệt.", "The password needs a character that is not a letter or digit.", "PasswordRequiresNonAlphanumeric"),
        "PasswordRequiresUniqueChars" => T("Mật khẩu cần nhiều ký tự khác nhau hơn.", "The password needs more different characters.", "PasswordRequiresUniqueChars"),
        "DuplicateUserName" => T("Tên đăng nhập này đã có người dùng.", "This user name is taken.", "DuplicateUserName"),
        "InvalidUserName" => T("Tên đăng nhập không hợp lệ.", "The user name is not valid.", "InvalidUserName"),
        "DuplicateEmail" => T("Địa chỉ email này đã có người dùng.", "This email address is taken.", "DuplicateEmail"),
        "InvalidEmail" => T("Địa chỉ email không hợp lệ.", "The email address is not valid.", "InvalidEmail"),
        _ => T("Không tạo được tài khoản với các thông tin này.", "The account cannot be created with these details.", "IdentityOther"),
    };

    /// <summary>Every code <see cref="Identity"/> knows, for the catalogue's own test.</summary>
    public static readonly IReadOnlyList<string> IdentityCodes =
    [
        "PasswordTooShort", "PasswordRequiresDigit", "PasswordRequiresLower", "PasswordRequiresUpper", "PasswordRequiresNonAlphanumeric",
        "PasswordRequiresUniqueChars", "DuplicateUserName", "InvalidUserName", "DuplicateEmail", "InvalidEmail", "Other",
    ];

    // Requests, versions and the database
    public static Text ChangedSinceRead => T("Đã có người thay đổi dữ liệu này sau khi bạn tải; hãy tải lại rồi thực hiện lại thay đổi.", "Someone changed this since you loaded it; reload and apply your change again.");
    public static Text IfMatchMissing => T("Hãy gửi ETag bạn đã đọc trong tiêu đề If-Match (hoặc If-Match: * để ghi đè).", "Send the ETag you read in an If-Match header (or If-Match: * to overwrite whatever is there).");
    public static Text DatabaseUnavailable => T("Hiện không kết nối được cơ sở dữ liệu. Hãy thử lại sau giây lát; nếu bạn đang lưu, hãy kiểm tra xem đã lưu được chưa.", "The database cannot be reached just now. Try again in a moment; if you were saving, check first whether it was saved.");
    public static Text SavedTwiceAtOnce => T("Có người lưu cùng nội dung vào cùng thời điểm; hãy tải lại và kiểm tra trước khi thử lại.", "Someone saved the same thing at the same moment; reload and check before trying again.");
    public static Text CharacterCannotBeStored => T("Văn bản chứa ký tự không lưu được (chẳng hạn ký tự NUL).", "The text contains a character that cannot be stored (such as a NUL character).");
    public static Text RequestUnreadable => T("Không đọc được yêu cầu: kiểm tra các tham số và nội dung JSON gửi lên.", "The request cannot be read: check its parameters and JSON body.");
    public static Text RequestTooLarge => T("Yêu cầu lớn hơn mức thao tác này chấp nhận.", "The request is larger than this operation accepts.");
    public static Text IdempotencyKeyLength(int max) => T($"Idempotency-Key dài từ 1 đến {max} ký tự.", $"An Idempotency-Key is 1 to {max} characters.");
    public static Text IdempotencyKeyReused => T("Idempotency-Key này đã dùng cho một yêu cầu khác: hãy dùng khóa mới cho yêu cầu mới.", "This Idempotency-Key was used for a different request: use a new key for a new request.");
    public static Text IdempotencyKeyInProgress => T("Một yêu cầu với Idempotency-Key này vẫn đang được xử lý; hãy thử lại sau giây lát.", "A request with this Idempotency-Key is still being processed; retry in a moment.");
    public static readonly Text BadEventCursor = T(
        "Con trỏ không hợp lệ: dùng nguyên giá trị next của trang trước.", "Not a valid cursor: send the previous page's next value as it was.");

    public static Text WebhookUrlIsHttp => T("Địa chỉ nhận phải là URL tuyệt đối http hoặc https, không chứa tên đăng nhập hay mật khẩu.", "The target must be an absolute http or https URL without a user name or password.");
    public static Text WebhookTargetNotPublic => T(
        "Địa chỉ nhận trỏ tới mạng nội bộ, loopback hoặc link-local (hoặc không phân giải được); người vận hành phải cho phép trước (Webhooks__AllowPrivateTargets hoặc Webhooks__AllowedHosts).",
        "The target resolves to a loopback, link-local or private address (or does not resolve); the operator must allow it first (Webhooks__AllowPrivateTargets or Webhooks__AllowedHosts).");
    public static Text ReplayRange(int days) => T($"Khoảng gửi lại: từ trước đến, dài tối đa {days} ngày.", $"The replay range runs from before to, at most {days} days long.");

    public static Text ExportKindIs(string kinds) => T($"Loại dữ liệu xuất là một trong: {kinds}.", $"The export kind is one of: {kinds}.");

    public static Text ExportFormatIs(string formats) => T($"Định dạng xuất là một trong: {formats}.", $"The export format is one of: {formats}.");

    public static Text SortBy(string keys) => T($"Sắp xếp theo một trong: {keys}.", $"Sort by one of: {keys}.");

    // Files
    public static Text FileTooLarge(long megabytes) => T($"Tệp lớn hơn giới hạn {megabytes} MB.", $"The file is larger than the limit of {megabytes} MB.");
    public static Text FileRejected(int problems) => T($"Tệp có {problems} lỗi; không có gì được nhập.", $"The file has {problems} problem(s); nothing was imported.");
    public static Text FileEmpty => T("Tệp rỗng.", "The file is empty.");
    public static Text FileHasNoRows => T("Tệp có dòng tiêu đề nhưng không có dòng dữ liệu.", "The file has a header but no rows.");
    public static Text NotATableFile(string fileName, string extension) => T($"'{fileName}' không phải tệp CSV hoặc XLSX (tên tệp ghi '{extension}', nội dung không khớp).", $"'{fileName}' is not a CSV or XLSX score file (the name says '{extension}', the content does not match).");
    public static Text XlsxHasNoWorkbook => T("Tệp XLSX không có bảng tính.", "The XLSX file has no workbook.");
    public static Text XlsxHasNoSheet => T("Bảng tính XLSX không có trang nào.", "The XLSX workbook has no sheet.");
    public static Text XlsxDamaged => T("Tệp XLSX bị hỏng hoặc không phải bảng tính.", "The XLSX file is damaged or not a workbook.");
    public static Text EvidenceType(string extension) => T($"Không nhận tệp '{extension}' làm minh chứng: hãy dùng PDF, DOCX, XLSX, JPG hoặc PNG.", $"'{extension}' files are not accepted as evidence: use PDF, DOCX, XLSX, JPG or PNG.");
    public static Text NotWhatItsNameSays(string fileName) => T($"Nội dung tệp '{fileName}' không đúng với phần mở rộng của tên.", $"'{fileName}' is not what its name says.");
    public static Text RequiredColumnMissing(string column) => T($"Thiếu cột bắt buộc '{column}'.", $"The required column '{column}' is missing.");
    public static Text ColumnRepeated(string column, int times) => T($"Cột '{column}' xuất hiện {times} lần.", $"The column '{column}' appears {times} times.");
    public static Text UnknownColumn(string column) => T($"'{column}' không phải cột của định dạng tệp này.", $"'{column}' is not a column of this file format.");
    public static Text RowCellCount(int cells, int columns) => T($"Dòng có {cells} ô nhưng tiêu đề có {columns} cột.", $"The row has {cells} cells but the header names {columns} columns.");
    public static Text NameTooLong(int max) => T($"Tên dài quá {max} ký tự.", $"The name is longer than {max} characters.");

    // Scores
    public static Text NotASurveyYear(string text) => T($"'{text}' không phải năm khảo sát.", $"'{text}' is not a survey year.");
    public static Text NoVersionCoversSurveyYear(string framework, int year) => T($"Không phiên bản nào của {framework} áp dụng cho năm khảo sát {year}.", $"No version of {framework} covers the survey year {year}.");
    public static Text ProvinceNameMissing => T("Thiếu tên tiếng Việt của tỉnh.", "The province's Vietnamese name is missing.");
    public static Text ProvinceNameTooLong(int max) => T($"Tên tỉnh dài quá {max} ký tự.", $"The province name is longer than {max} characters.");
    public static Text ProvinceYearRepeated(string province, int year, int firstRow) => T($"{province} năm {year} đã có ở dòng {firstRow}.", $"{province} {year} is already given in row {firstRow}.");
    public static Text ColumnMissing(string code, string version, string years) => T(
        $"Thiếu cột {code}: {version} ({years}) có chỉ số này. Để trống ô ở những nơi không công bố.",
        $"The column {code} is missing: {version} ({years}) measures it. Leave its cells empty where it was not published.");
    public static Text NoProvinceInSurveyYear(string name, int year) => T(
        $"Không có tỉnh nào tên '{name}' tồn tại trong năm {year}. Tỉnh được tạo từ danh mục chính thức hoặc do quản trị viên thêm; việc nhập điểm không tạo tỉnh.",
        $"No province named '{name}' existed in {year}. Provinces come from the official list or are added by an admin; the import creates none.");
    public static Text PopulationProvinceMissing => T("Thiếu mã hoặc tên tỉnh.", "The province's code or name is missing.");
    public static Text NoProvinceInYear(string codeOrName, int year) => T(
        $"Không có tỉnh nào mã hoặc tên '{codeOrName}' tồn tại trong năm {year}.",
        $"No province with the code or name '{codeOrName}' existed in {year}.");
    public static Text PopulationYearOutOfRange(string text, int first, int last) => T($"'{text}' không phải năm từ {first} đến {last}.", $"'{text}' is not a year from {first} to {last}.");
    public static Text PopulationNotPositive(string text) => T($"'{text}' không phải số dân (số nguyên lớn hơn 0).", $"'{text}' is not a population (a whole number above 0).");
    public static Text PopulationSourceMissing => T("Thiếu nguồn của số liệu dân số.", "The population figure's source is missing.");
    public static Text PopulationSourceTooLong(int max) => T($"Nguồn số liệu dài quá {max} ký tự.", $"The source is longer than {max} characters.");
    public static Text RestoreNamesEarlierRevision => T("Khôi phục phải chỉ một phiên bản trước của kết quả công bố.", "A restore names an earlier revision of the release.");
    public static Text RevisionIsCurrent(int revision, int year) => T($"Phiên bản {revision} đã là phiên bản hiện hành của năm {year}.", $"Revision {revision} is the current revision of {year} already.");
    public static Text ImportNeedsConfirmation => T(
        "Tệp sẽ xóa tỉnh khỏi một kết quả công bố hoặc thay đổi nhiều giá trị: hãy xem trước rồi gửi lại với confirm=true để thay thế.",
        "The file would remove provinces from a release or change a large share of its values: look at the preview and send it again with confirm=true to replace the release.");
    public static Text NotANumber(string text) => T($"'{text}' không phải một số.", $"'{text}' is not a number.");
    public static Text SubDimensionNotInVersion(string code, string version, int year) => T($"Chỉ số thành phần {code} không thuộc {version} ({year}); hãy để trống ô này.", $"Sub-dimension {code} is not part of {version} ({year}); leave the cell empty.");
    public static Text OutsideScale(string value, string code, decimal min, decimal max) => T($"{value} nằm ngoài thang điểm của {code} ({min}–{max}).", $"{value} is outside the scale of {code} ({min}–{max}).");
    public static Text ValueOutsideScale(decimal value, string code, decimal min, decimal max) => T($"{value} nằm ngoài thang điểm {min}–{max} của chỉ số thành phần {code}.", $"{value} is outside sub-dimension {code}'s scale {min}–{max}.");
    public static Text SubDimensionGivenTwice(string code) => T($"Chỉ số thành phần {code} được nhập hai lần.", $"Sub-dimension {code} is given twice.");
    public static Text YearNotOnVersion(int year, string version) => T($"Năm khảo sát {year} không chấm điểm theo phiên bản {version}.", $"Survey year {year} is not scored on framework version {version}.");
    public static Text ProvinceListedTwice(int year, int province) => T($"Kết quả năm {year} liệt kê tỉnh {province} hai lần.", $"The {year} release lists province {province} twice.");
    public static Text ScaleMinBelowMax(string code) => T($"Chỉ số thành phần {code}: mức thấp nhất của thang điểm phải nhỏ hơn mức cao nhất.", $"Sub-dimension {code}: the scale's minimum must be below its maximum.");
    public static Text NoDimension(string version, string dimension) => T($"{version} không có chỉ số nội dung '{dimension}'.", $"{version} has no dimension '{dimension}'.");
    public static Text OnlyRanked(int count, int year) => T($"Năm {year} chỉ có {count} tỉnh được xếp hạng.", $"Only {count} provinces are ranked in {year}.");
    public static Text AtMostEntries(int max) => T($"Tối đa {max} mục.", $"At most {max} entries.");
    public static Text CompareAtMost(int max) => T($"So sánh tối đa {max} tỉnh.", $"Compare at most {max} provinces.");
    // Framework definitions
    public static Text FrameworkAlreadyDefined(string code) => T($"Bộ chỉ số {code} đã được định nghĩa.", $"Framework {code} is defined already.");
    public static Text FrameworkVersionCodeTaken(string code) => T($"Mã phiên bản {code} đã được dùng.", $"Version code {code} is taken.");
    public static Text FrameworkCodeCharacters => T("Mã chỉ gồm chữ, số, dấu chấm, gạch dưới và gạch ngang (là tên cột trong tệp).", "A code holds only letters, digits, '.', '_' and '-' (it names a file column).");
    public static Text CodeRepeated(string code) => T($"Mã {code} xuất hiện hai lần trong phiên bản.", $"Code {code} appears twice in the version.");
    public static Text WeightsAddUpToOne(decimal sum) => T($"Trọng số của tổng có trọng số phải cộng lại bằng 1 (đang là {sum}).", $"The weights of a weighted sum must add up to 1 (they add up to {sum}).");
    public static Text WeightNeeded => T("Thành phần của tổng có trọng số cần trọng số lớn hơn 0.", "A component of a weighted sum needs a weight above 0.");
    public static Text WeightOnlyInWeightedSum => T("Chỉ thành phần của tổng có trọng số mới có trọng số.", "Only a component of a weighted sum has a weight.");
    public static Text ComponentNeedsScale => T("Mỗi thành phần cần thang điểm, hoặc các chỉ số thành phần có thang điểm.", "Every component needs a scale, or sub-dimensions that have one.");
    public static Text ComponentScaleOrSubDimensions => T("Một thành phần có thang điểm riêng hoặc các chỉ số thành phần, không cả hai.", "A component has its own scale or sub-dimensions, not both.");
    public static Text ScaleMinBelowMaxField => T("Mức thấp nhất của thang điểm phải nhỏ hơn mức cao nhất.", "The scale's minimum must be below its maximum.");
    public static Text VersionsOverlap(string earlier, string later) => T($"Phiên bản {later} trùng năm với {earlier}: các phiên bản không được chồng lên nhau.", $"Version {later} overlaps {earlier}: versions may not overlap.");
    public static Text FrameworkFileUnreadable(string file, string reason) => T($"{file}: không phải tệp định nghĩa bộ chỉ số ({reason}).", $"{file}: not a framework file ({reason}).");
    public static Text FrameworkFileEmpty(string file) => T($"{file}: tệp trống.", $"{file}: the file is empty.");
    public static Text FrameworkFileBroken(string file, string problems) => T($"{file} vi phạm quy tắc: {problems}", $"{file} breaks the rules: {problems}");
    public static Text RanksCompareUnrounded => T("Xếp hạng chỉ so sánh điểm chưa làm tròn ('unrounded').", "Ranks compare unrounded scores only ('unrounded').");
    public static Text TotalColumnIsAComponent(string column) => T($"Cột tổng điểm {column} trùng mã một chỉ số thành phần.", $"The total column {column} is a component's code.");
    public static Text ProvinceListedTwiceInQuery => T("Một tỉnh được liệt kê hai lần.", "A province is listed twice.");

    // Organization
    public static Text ParentNotActive(string parent, DateOnly on) => T($"{parent} không hoạt động vào ngày {Day(on)}; không thể đặt đơn vị trực thuộc.", $"{parent} is not active on {IsoDay(on)}; a unit cannot be placed under it.");
    public static Text UnitNeedsVietnameseName => T("Đơn vị cần có tên tiếng Việt.", "A unit needs a Vietnamese name.");
    public static Text UnitReportsToItself => T("Đơn vị không thể báo cáo cho chính mình.", "A unit cannot report to itself.");
    public static Text RecipientNotActive(string recipient) => T($"{recipient} không còn hoạt động nên không thể nhận báo cáo.", $"{recipient} is no longer active and cannot receive reports.");
    public static Text MoveMakesCycle(string newParent, string unit) => T($"{newParent} nằm trong cây đơn vị của {unit}; chuyển như vậy sẽ tạo vòng lặp.", $"{newParent} is inside {unit}'s own subtree; the move would make a cycle.");
    public static Text MoveUnderInactive(string newParent) => T($"{newParent} không còn hoạt động; không thể chuyển đơn vị về trực thuộc.", $"{newParent} is not active; a unit cannot be moved under it.");
    public static Text NotBelow(string descendant, string unit) => T($"{descendant} không trực thuộc {unit}.", $"{descendant} is not below {unit}.");
    public static Text UnitEndsBeforeItBegins(string unit) => T($"{unit} không thể kết thúc trước khi bắt đầu.", $"{unit} cannot end before it begins.");
    public static Text UnitSucceedsItself(string unit) => T($"{unit} không thể là đơn vị kế thừa của chính mình.", $"{unit} cannot succeed itself.");
    public static Text EndsBeforeStart(string unit, DateOnly began, DateOnly lastDay) => T($"{unit} bắt đầu từ ngày {Day(began)}; không thể kết thúc ngày {Day(lastDay)}.", $"{unit} began on {IsoDay(began)}; it cannot end on {IsoDay(lastDay)}.");
    public static Text ChangeBeforeLastChange(string unit, DateOnly last) => T($"{unit} thay đổi lần cuối ngày {Day(last)}; thay đổi mới không thể có hiệu lực trước ngày đó.", $"{unit} changed last on {IsoDay(last)}; a change cannot take effect before it.");
    public static Text RecipientNotActiveOn(string recipient, DateOnly on) => T($"{recipient} không tồn tại vào ngày {Day(on)}; không thể báo cáo cho đơn vị này.", $"{recipient} does not exist on {IsoDay(on)}; no unit can report to it.");
    public static Text UnitHasNoPart(string action) => T($"Đơn vị không tham gia nhiệm vụ {action}.", $"The unit has no part in {action}.");
    public static Text CodeHeldOnOrAfter(string code, string holder, DateOnly from) => T($"Mã {code} thuộc về {holder} vào ngày {Day(from)} hoặc sau đó; mỗi mã chỉ gắn với một đơn vị tại một thời điểm.", $"The code {code} belongs to {holder} on {IsoDay(from)} or later; a code names one unit at a time.");
    public static Text CodeHeldDuring(string code, string holder, DateOnly from, DateOnly? to) => T(
        $"Mã {code} thuộc về {holder} từ ngày {Day(from)}{(to is { } end ? $" đến ngày {Day(end)}" : "")}; mỗi mã chỉ gắn với một đơn vị tại một thời điểm.",
        $"The code {code} belongs to {holder} from {IsoDay(from)}{(to is { } last ? $" to {IsoDay(last)}" : "")}; a code names one unit at a time.");
    public static Text RestructuringNeedsFileOrLevel => T("Hãy gửi tệp đối chiếu, hoặc cấp đơn vị kết thúc cùng ngày cuối cùng của nó.", "Send a mapping file, or a level to end with its last day.");
    public static Text LevelEndsWithoutFile => T("Kết thúc một cấp đơn vị thì không kèm tệp.", "A level ends without a file.");
    public static Text OnlyDistrictLevelEnds => T("Chỉ cấp huyện có thể kết thúc (cải cách 2025); tỉnh và xã được sắp xếp bằng tệp.", "Only the district level can end (the 2025 reform); provinces and communes are restructured by file.");
    public static Text LevelLastDayMissing => T("Hãy cho biết ngày cuối cùng của cấp đơn vị (endsOn).", "Say the level's last day (endsOn).");
    public static Text LevelProvinceMissing => T("Hãy cho biết huyện của tỉnh nào kết thúc (provinceCode).", "Say whose districts end (provinceCode).");
    public static Text NoProvinceHoldsCode(string code, DateOnly on) => T($"Không có tỉnh nào mang mã {code} vào ngày {Day(on)}.", $"No province holds the code {code} on {IsoDay(on)}.");
    public static Text MergeIntoItself(string unit) => T($"{unit} không thể sáp nhập vào chính mình.", $"{unit} cannot be merged into itself.");
    public static Text AlreadyEnded(string unit, DateOnly on) => T($"{unit} đã kết thúc hoạt động từ ngày {Day(on)}.", $"{unit} has already ended on {IsoDay(on)}.");
    public static Text SuccessorNotActive(string successor, DateOnly on) => T($"{successor} không hoạt động vào ngày {Day(on)}.", $"{successor} is not active on {IsoDay(on)}.");
    public static Text HasActiveSubUnits(string unit) => T($"{unit} vẫn còn đơn vị trực thuộc đang hoạt động: hãy chuyển hoặc sáp nhập chúng trước.", $"{unit} still has active sub-units: move or merge them first.");
    public static Text MergeBeforeStart(string unit, DateOnly began) => T($"{unit} bắt đầu hoạt động từ ngày {Day(began)}; việc sáp nhập phải có hiệu lực sau ngày đó.", $"{unit} began on {IsoDay(began)}; a merge must take effect later.");
    public static Text UnitHasHistory(string unit) => T($"{unit} đã có đơn vị trực thuộc, điểm số, phân quyền, mã truy cập, kế hoạch, nhiệm vụ hoặc báo cáo: hãy kết thúc bằng sáp nhập thay vì xóa.", $"{unit} has sub-units, scores, roles, tokens, plans, actions or reports: end it with a merge instead of deleting it.");
    public static Text UnitDoesNotExist(int id) => T($"Đơn vị {id} không tồn tại.", $"Unit {id} does not exist.");
    public static Text OnlyProvinceWithoutParent => T("Chỉ cấp tỉnh mới không có đơn vị cấp trên.", "Only a province stands without a parent.");
    public static Text UnitListedTwice => T("Một đơn vị được liệt kê hai lần.", "A unit is listed twice.");
    public static Text MergeAtMost(int max) => T($"Mỗi lần sáp nhập tối đa {max} đơn vị.", $"Merge at most {max} units at once.");
    public static Text SuccessorAmongMerged => T("Đơn vị kế thừa không thể là một trong các đơn vị bị sáp nhập.", "The successor cannot be one of the merged units.");
    public static Text CodeUsedInRow(string code, int row) => T($"Mã {code} đã được dùng ở dòng {row}.", $"The code {code} is already used in row {row}.");
    public static Text NoUnitWithCode(string code) => T($"Không có đơn vị nào mang mã {code}, trong cơ sở dữ liệu hay trong tệp.", $"No unit has the code {code}, in the database or in the file.");
    public static Text OutsideUnitsYouManage(string unit) => T($"{unit} nằm ngoài các đơn vị bạn được quản lý.", $"{unit} is outside the units you may manage.");
    public static Text OnlyAdminAddsRoot => T("Chỉ quản trị hệ thống mới thêm đơn vị không có cấp trên.", "Only a system admin adds a unit without a parent.");
    public static Text CodeMissing => T("Thiếu mã đơn vị.", "The code is missing.");
    public static Text CodeTooLong(int max) => T($"Mã dài quá {max} ký tự.", $"The code is longer than {max} characters.");
    public static Text NotAUnitKind(string text, string kinds) => T($"'{text}' không phải loại đơn vị ({kinds}).", $"'{text}' is not a kind of unit ({kinds}).");
    public static Text VietnameseNameMissing => T("Thiếu tên tiếng Việt.", "The Vietnamese name is missing.");
    public static Text NotADate(string text) => T($"'{text}' không phải ngày (yyyy-mm-dd).", $"'{text}' is not a date (yyyy-mm-dd).");
    public static Text ParentLoop(string code) => T($"{code} là cấp trên của chính nó: các đơn vị cấp trên trong tệp tạo thành vòng lặp.", $"{code} is its own ancestor: the parents in the file form a loop.");

    // Plans and actions
    public static Text NotAProvince(string unit) => T($"{unit} không phải cấp tỉnh; kế hoạch do tỉnh ban hành.", $"{unit} is not a province; plans are issued by provinces.");
    public static Text UnitIsNotAProvince(int id) => T($"Đơn vị {id} không phải cấp tỉnh.", $"Unit {id} is not a province.");
    public static Text TargetYearAfterBaseline => T("Năm mục tiêu phải sau năm cơ sở.", "The target year must come after the baseline year.");
    public static Text NoSuchFramework(string framework) => T($"Chưa có bộ chỉ số {framework}.", $"No framework {framework} is defined.");
    public static Text PlanIndexListedTwice => T("Mỗi bộ chỉ số chỉ nêu một lần trong kế hoạch.", "Each index is listed once in a plan.");
    public static Text PlanIndexTwice(string framework) => T($"Kế hoạch đã có bộ chỉ số {framework}.", $"The plan already answers {framework}.");
    public static Text PlanHasNoIndex(string framework) => T($"Kế hoạch không có bộ chỉ số {framework}.", $"The plan does not answer {framework}.");
    public static Text TargetYearComesAfterBaseline => T("Năm mục tiêu đến sau năm cơ sở.", "The target year comes after the baseline year.");
    public static Text ClosedPlanTakesNoTargets => T("Kế hoạch đã kết thúc không nhận thêm mục tiêu.", "A closed plan takes no more targets.");
    public static Text ClosedPlanDoesNotReopen => T("Kế hoạch đã kết thúc không mở lại được; hãy ban hành kế hoạch mới.", "A closed plan does not reopen; issue a new plan instead.");
    public static Text NoVersionCovers(string framework, int year) => T($"Không phiên bản nào của {framework} áp dụng cho năm {year}.", $"No version of {framework} covers {year}.");
    public static Text TargetCodeUnknown(string version, int year, string? code) => T($"{version}, dùng để chấm điểm năm {year}, không có '{code}'.", $"{version}, scoring {year}, has no '{code}'.");
    public static Text TargetNeedsCode(string kind) => T($"Mục tiêu loại {kind} phải nêu chỉ số nội dung hoặc chỉ số thành phần.", $"A {kind} target names its dimension or sub-dimension.");
    public static Text TargetOnTotal(string kind) => T($"Mục tiêu loại {kind} tính trên tổng điểm, không có mã.", $"A {kind} target is on the total, with no code.");
    public static Text RankTargetWholeNumber => T("Mục tiêu xếp hạng là số nguyên từ 1 trở lên.", "A rank target is a whole number from 1.");
    public static Text TargetNotNull => T("Mục tiêu không được để trống.", "A target cannot be null.");
    public static Text PlanIndexNotNull => T("Bộ chỉ số của kế hoạch không được để trống.", "An index of the plan cannot be null.");
    public static Text NameTheCode => T("Hãy nêu chỉ số nội dung hoặc chỉ số thành phần.", "Name the dimension or sub-dimension.");
    public static Text TotalTargetHasNoCode => T("Mục tiêu trên tổng điểm không có mã.", "A target on the total has no code.");
    public static Text UnitAlreadyAssigned(string action) => T($"Đơn vị đã được giao nhiệm vụ {action}.", $"The unit is already assigned to {action}.");
    public static Text UnitNotOnAction(string action) => T($"Đơn vị không chủ trì cũng không phối hợp thực hiện {action} nên không báo cáo về nhiệm vụ này.", $"The unit neither leads nor supports {action}, so it does not report on it.");
    public static Text UnitNotOnActionById(int unit, string action) => T($"Đơn vị {unit} không chủ trì cũng không phối hợp thực hiện {action}.", $"Unit {unit} neither leads nor supports {action}.");
    public static Text ProgressPercent => T("Tiến độ là tỷ lệ phần trăm từ 0 đến 100.", "Progress is a percentage from 0 to 100.");
    public static Text CompletedAt100 => T("Nhiệm vụ đã hoàn thành thì đạt 100%.", "A completed action is at 100%.");
    public static Text ProgressNotInFuture => T("Không thể báo cáo tiến độ cho một ngày chưa tới.", "Progress cannot be reported for a day still to come.");
    public static Text RecurringHasNoDueDate(string action) => T($"{action} là nhiệm vụ thường xuyên: không có hạn hoàn thành.", $"{action} is recurring (thường xuyên): it has no due date.");
    public static Text DueBeforeStart(string action) => T($"{action} có hạn hoàn thành trước ngày bắt đầu.", $"{action} is due before it starts.");
    public static Text DueDateBeforeStart => T("Hạn hoàn thành đứng trước ngày bắt đầu.", "The due date comes before the start.");
    public static Text RecurringActionNoDueDate => T("Nhiệm vụ thường xuyên không có hạn hoàn thành.", "A recurring action (thường xuyên) has no due date.");
    public static Text ActionNeedsLead => T("Nhiệm vụ cần ít nhất một đơn vị chủ trì.", "An action needs at least one lead unit (chủ trì).");
    public static Text LeadOrCoordinate => T("Một đơn vị hoặc chủ trì hoặc phối hợp, không đồng thời cả hai.", "A unit either leads or coordinates, not both.");
    public static Text NotASubDimensionOfBaseline(string code, string version, int baselineYear) => T($"'{code}' không phải chỉ số thành phần của {version}, bộ chỉ số của năm cơ sở {baselineYear}.", $"'{code}' is not a sub-dimension of {version}, the framework of the {baselineYear} baseline.");
    public static Text ActionCodeTaken(string code) => T($"Kế hoạch đã có nhiệm vụ {code}.", $"The plan already has an action {code}.");
    public static Text OutsideUnitsYouCoordinate(string unit) => T($"{unit} nằm ngoài các đơn vị bạn điều phối.", $"{unit} is outside the units you coordinate.");

    // Reporting
    public static Text DocumentSymbolShape => T("Ký hiệu văn bản gồm chữ viết tắt tên loại văn bản và tên cơ quan, nối bằng dấu gạch nối, viết hoa (ví dụ BC-SNV).",
        "The symbol is the document type's and the issuing body's abbreviations in capitals, joined by hyphens (for example BC-SNV).");
    public static Text RecipientsAtMost(int max) => T($"Nơi nhận tối đa {max} mục.", $"At most {max} recipients.");
    public static Text PdfRendererUnavailable => T("Hiện không tạo được bản PDF; hãy tải bản Word (.docx) hoặc thử lại sau.", "The PDF cannot be made just now; download the Word (.docx) file or try again later.");
    public static Text NarrativeTooLong(int max) => T($"Một phần thuyết minh dài quá {max} ký tự.", $"A narrative is longer than {max} characters.");
    public static Text NarrativeAtMost(int max) => T($"Mỗi phần thuyết minh dài tối đa {max} ký tự.", $"A narrative is at most {max} characters.");
    public static Text NarrativeKeys => T("Phần thuyết minh được ghi theo số chỉ số nội dung (\"1\" … \"8\").", "Narratives are keyed by dimension number (\"1\" … \"8\").");
    public static Text NarrativeNotNull => T("Phần thuyết minh phải là văn bản, không để null.", "A narrative is text, not null.");
    public static Text ReportCannotChange(string status) => status switch
    {
        "Submitted" => T("Báo cáo đã gửi thì không sửa được.", "A submitted report cannot be changed.", "SubmittedReportCannotChange"),
        "Approved" => T("Báo cáo đã duyệt thì không sửa được.", "An approved report cannot be changed.", "ApprovedReportCannotChange"),
        _ => T("Báo cáo ở trạng thái này không sửa được.", "A report in this state cannot be changed.", "ReportCannotChange"),
    };
    public static Text AlreadySubmitted => T("Báo cáo đã được gửi.", "The report has already been submitted.");
    public static Text PeriodLocked => T("Kỳ báo cáo đã khóa: hãy đề nghị đơn vị nhận báo cáo gia hạn.", "The period is locked: ask the receiving unit for an extension.");
    public static Text UnitPlanNeedsDocument => T("Kế hoạch triển khai của đơn vị cần có văn bản: số, ngày và tệp đã ký.", "A unit implementation plan needs its document: number, date and the signed file.");
    public static Text OnlySubmittedReturned => T("Chỉ báo cáo đã gửi mới trả lại được.", "Only a submitted report can be returned.");
    public static Text OnlySubmittedApproved => T("Chỉ báo cáo đã gửi mới duyệt được.", "Only a submitted report can be approved.");
    public static Text OnlyApprovedReopened => T("Chỉ báo cáo đã duyệt mới mở lại được.", "Only an approved report can be reopened.");
    public static Text ReturnNeedsReason => T("Trả lại báo cáo cần nêu lý do.", "A returned report needs a reason.");
    public static Text ReopenNeedsReason => T("Mở lại báo cáo cần nêu lý do.", "Reopening a report needs a reason.");
    public static Text LevelNotApproved(int count, string unit) => T($"Còn {count} báo cáo gửi {unit} chưa được duyệt: hãy duyệt, hoặc nêu lý do để vẫn xác nhận.", $"{count} report(s) owed to {unit} are not approved: approve them, or give a reason to override.");
    public static Text UnitReportsToItselfNamed(string unit) => T($"{unit} không thể báo cáo cho chính mình.", $"{unit} cannot report to itself.");
    public static Text ExtensionPastDue => T("Thời hạn gia hạn kết thúc trước hạn nộp.", "An extension runs past the due day.");
    public static Text ExtensionBeforeDueDay(DateOnly due) => T($"Gia hạn phải sau hạn nộp, ngày {Day(due)}.", $"An extension runs past the due day, {IsoDay(due)}.");
    public static Text ExtensionNeedsReason => T("Gia hạn cần nêu lý do.", "An extension needs a reason.");
    public static Text UnitPlanNeedsValidSignature(string state) => T(
        $"Văn bản đã ký của kế hoạch triển khai phải có chữ ký số hợp lệ (còn nguyên vẹn và chứng thư tin cậy) trước khi gửi; kết quả kiểm tra hiện tại: {state}.",
        $"The unit plan's signed document must carry a valid digital signature (unchanged and from a trusted certificate) before it is sent; the check now says: {state}.");
    public static Text SigningServiceUnavailable => T("Dịch vụ ký số của tỉnh tạm thời không phục vụ được; hãy thử lại sau.", "The province's signing service is unavailable for a moment; try again later.");
    public static Text SignedCopyNotValid(string state) => T(
        $"Văn bản do dịch vụ ký số trả về không có chữ ký hợp lệ ({state}); bản đã ký không được lưu.",
        $"The document the signing service returned does not carry a valid signature ({state}); no signed copy was kept.");
    public static Text SignatureContentsNotHex => T("Trường /Contents của chữ ký không phải chuỗi hex.", "The signature's /Contents is not a hex string.");
    public static Text SignatureWithoutCertificate => T("Chữ ký không kèm chứng thư số của người ký.", "The signature does not carry its signer's certificate.");
    public static Text TimestampNotRfc3161 => T("Dấu thời gian của văn bản không phải token RFC 3161.", "The document timestamp is not an RFC 3161 token.");
    public static Text SignedCopyNotTheDocument => T("không phải văn bản đã gửi đi ký", "not the document sent for signing");
    public static Text SignedDocumentStays => T("Tệp này là văn bản đã ký của kế hoạch triển khai: hãy chọn văn bản khác trong bản nháp trước.", "This file is the unit plan's signed document: name another document in the draft first.");
    public static Text FileSentWithVersion(int version) => T($"Tệp đã được gửi kèm phiên bản {version} của báo cáo và được giữ cùng phiên bản đó.", $"The file was sent with version {version} of the report and stays with it.");
    public static Text PeriodEndsBeforeStart(string kind, int year) => T($"Kỳ {kind} năm {year} kết thúc trước khi bắt đầu.", $"The {kind} {year} period ends before it starts.");
    public static Text PeriodLocksBeforeDue(string kind, int year) => T($"Kỳ {kind} năm {year} sẽ khóa trước hạn nộp báo cáo.", $"The {kind} {year} period would lock before reports are due.");
    public static Text CutOffOutsidePeriod(string kind, int year) => T($"Ngày chốt số liệu của kỳ {kind} năm {year} phải nằm giữa ngày bắt đầu kỳ và hạn nộp.", $"The {kind} {year} data cut-off must fall between the start of the period and the due day.");
    public static Text LevelAlreadyApproved(string unit) => T($"Cấp {unit} của kỳ này đã được xác nhận.", $"{unit}'s level of this period is already approved.");
    public static Text NoLevelToApprove(string unit) => T($"Kỳ này không có báo cáo nào gửi {unit}: không có cấp để xác nhận.", $"No report of this period is owed to {unit}: there is no level to approve.");
    public static Text NothingApproved(IReadOnlyList<(long Report, Text Why)> refused) => T(
        $"Chưa duyệt báo cáo nào. {string.Join(" ", refused.Select(r => $"Báo cáo {r.Report}: {r.Why.Vi}"))}",
        $"Nothing was approved. {string.Join(" ", refused.Select(r => $"Report {r.Report}: {r.Why.En}"))}");
    public static Text ApproveAtMost(int max) => T($"Mỗi lần duyệt tối đa {max} báo cáo.", $"At most {max} reports at once.");
    public static Text SaveDraftFirst => T("Hãy lưu bản nháp trước, rồi đính kèm và chọn văn bản.", "Save the draft first, then attach the document and name it.");
    public static Text DocumentMustBeAttachment => T("Văn bản phải là một tệp đính kèm của báo cáo này.", "The document must be one of this report's attachments.");
    public static Text CommittedActionsOfPlan => T("Mọi nhiệm vụ cam kết phải là nhiệm vụ của kế hoạch này.", "Every committed action must be an action of this plan.");
    public static Text ScheduleEntryNotNull => T("Một mục của lịch báo cáo không được để trống.", "A schedule entry cannot be null.");
    public static Text UnitPlanIsOneOff => T("Kế hoạch triển khai của đơn vị chỉ có một lần: hãy nêu hạn nộp bằng unitPlanDueOn.", "The unit plan is a one-off: give its due day as unitPlanDueOn.");
    public static Text NotADayOfTheYear => T("Không phải một ngày trong năm.", "Not a day of the year.");
    public static Text ScheduleKindTwice => T("Mỗi loại kỳ báo cáo chỉ có một lịch.", "A kind of period has one schedule.");
}
