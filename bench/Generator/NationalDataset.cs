using System.Text.Json;
using PapiTracker.Domain.Common;

namespace PapiTracker.Generator;

/// <summary>
/// The whole country in memory, built from one seed: every random choice comes from one
/// <see cref="Random"/> in a fixed order, and every key (GUIDs included) from the same source, so
/// two runs with the same options write the same rows.
/// </summary>
public sealed class NationalDataset
{
    private static readonly string[] _syllables =
    [
        "An", "Bình", "Phú", "Tân", "Hòa", "Thạnh", "Long", "Đông", "Sơn", "Yên", "Lạc", "Thuận", "Hưng", "Quang", "Minh", "Đức",
        "Thành", "Hải", "Lâm", "Mỹ", "Phước", "Vĩnh", "Hiệp", "Trung", "Nghĩa", "Xuân", "Hồng", "Cẩm", "Kim", "Ngọc", "Hà", "Thái",
        "Lộc", "Phong", "Tiến", "Quý", "Định", "Hậu", "Cát", "Mai", "Tây", "Nam", "Bắc", "Thủy", "Liên", "Châu", "Khánh", "Gia",
    ];

    private static readonly (string Code, string Kind, string NameVi, string NameEn)[] _provincialBodies =
    [
        ("SNV", "Department", "Sở Nội vụ", "Department of Home Affairs"),
        ("VP", "Department", "Văn phòng UBND tỉnh", "Office of the Provincial People's Committee"),
        ("STC", "Department", "Sở Tài chính", "Department of Finance"),
        ("SKH", "Department", "Sở Kế hoạch và Đầu tư", "Department of Planning and Investment"),
        ("STP", "Department", "Sở Tư pháp", "Department of Justice"),
        ("SGD", "Department", "Sở Giáo dục và Đào tạo", "Department of Education and Training"),
        ("SYT", "Department", "Sở Y tế", "Department of Health"),
        ("STN", "Department", "Sở Tài nguyên và Môi trường", "Department of Natural Resources and Environment"),
        ("STT", "Department", "Sở Thông tin và Truyền thông", "Department of Information and Communications"),
        ("SXD", "Department", "Sở Xây dựng", "Department of Construction"),
        ("SGT", "Department", "Sở Giao thông vận tải", "Department of Transport"),
        ("SCT", "Department", "Sở Công Thương", "Department of Industry and Trade"),
        ("SNN", "Department", "Sở Nông nghiệp và Phát triển nông thôn", "Department of Agriculture and Rural Development"),
        ("SLD", "Department", "Sở Lao động - Thương binh và Xã hội", "Department of Labour, Invalids and Social Affairs"),
        ("SVH", "Department", "Sở Văn hóa, Thể thao và Du lịch", "Department of Culture, Sports and Tourism"),
        ("SKHCN", "Department", "Sở Khoa học và Công nghệ", "Department of Science and Technology"),
        ("BDT", "Department", "Ban Dân tộc", "Ethnic Minorities Committee"),
        ("TT", "Department", "Thanh tra tỉnh", "Provincial Inspectorate"),
        ("CA", "Department", "Công an tỉnh", "Provincial Police"),
        ("BHXH", "Department", "Bảo hiểm xã hội tỉnh", "Provincial Social Insurance"),
        ("MTTQ", "OtherBody", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Provincial Viet Nam Fatherland Front Committee"),
        ("PTTH", "OtherBody", "Đài Phát thanh và Truyền hình tỉnh", "Provincial Radio and Television Station"),
        ("BAO", "OtherBody", "Báo tỉnh", "Provincial Newspaper"),
    ];

    /// <summary>PAPI 2021+ structure: 28 sub-dimensions (5.2 removed).</summary>
    private static readonly string[][] _subDimensions =
    [
        ["1.1", "1.2", "1.3", "1.4"], ["2.1", "2.2", "2.3", "2.4"], ["3.1", "3.2", "3.3"], ["4.1", "4.2", "4.3", "4.4"],
        ["5.1", "5.3", "5.4"], ["6.1", "6.2", "6.3", "6.4"], ["7.1", "7.2", "7.3"], ["8.1", "8.2", "8.3"],
    ];

    private static readonly (string Kind, int DueMonth, int DueDay, int ToMonth, int ToDay)[] _schedule =
    [
        ("Quarterly", 3, 20, 3, 15), ("HalfYear", 6, 20, 6, 15), ("ThirdQuarter", 9, 20, 9, 15), ("Annual", 11, 30, 11, 15),
    ];

    private static readonly string[] _narratives =
    [
        "Đã tổ chức hội nghị quán triệt, phân công cán bộ phụ trách và ban hành kế hoạch chi tiết.",
        "Tiếp tục niêm yết công khai thủ tục hành chính, cập nhật trên cổng thông tin điện tử.",
        "Đã tiếp nhận và giải quyết đúng hạn các phản ánh, kiến nghị của người dân trong kỳ.",
        "Phối hợp với các đơn vị liên quan rà soát quy trình, rút ngắn thời gian giải quyết hồ sơ.",
        "Tổ chức tuyên truyền trên đài phát thanh cơ sở và các nhóm mạng xã hội của thôn, tổ dân phố.",
        "Hoàn thành khảo sát mức độ hài lòng; kết quả được báo cáo UBND cấp trên.",
        "Chưa triển khai do chờ hướng dẫn chuyên môn; dự kiến thực hiện trong kỳ tới.",
        "Đã kiểm tra, đôn đốc việc thực hiện tại các xã, phường; khắc phục tồn tại được chỉ ra.",
    ];

    private readonly Random _random;
    private readonly GeneratorOptions _options;
    private readonly Dictionary<int, Guid> _officerOfUnit = [];
    private int _districtCount;
    private int _communeCount;

    private NationalDataset(GeneratorOptions options)
    {
        _options = options;
        _random = new Random(options.Seed);
    }

    public List<UnitRow> Units { get; } = [];
    public List<UserRow> Users { get; } = [];
    public List<RoleRow> Roles { get; } = [];
    public List<PlanRow> Plans { get; } = [];
    public List<TargetRow> Targets { get; } = [];
    public List<ActionRow> Actions { get; } = [];
    public List<ActionUnitRow> ActionUnits { get; } = [];
    public List<PeriodRow> Periods { get; } = [];
    public List<ObligationRow> Obligations { get; } = [];
    public List<SubmissionRow> Submissions { get; } = [];
    public List<ProgressRow> Progress { get; } = [];

    /// <summary>The hash every generated user's password has: one PBKDF2 run, not one per user.</summary>
    public string PasswordHash { get; private set; } = "";

    public string Summary() =>
        $"{Units.Count:N0} units ({Units.Count(u => u.Kind == "Province")} provinces, {Units.Count(u => u.Kind == "District")} districts, " +
        $"{Units.Count(u => u.Kind == "Commune")} communes), {Users.Count:N0} users, {Plans.Count} plans, {Actions.Count:N0} actions, " +
        $"{ActionUnits.Count:N0} action units, {Progress.Count:N0} progress rows, {Periods.Count:N0} periods, {Obligations.Count:N0} obligations, " +
        $"{Submissions.Count:N0} submissions";

    public static NationalDataset Build(IReadOnlyList<ProvinceInfo> provinces, GeneratorOptions options)
    {
        var dataset = new NationalDataset(options);
        dataset.PasswordHash = new Microsoft.AspNetCore.Identity.PasswordHasher<Infrastructure.Identity.ApplicationUser>()
            .HashPassword(new Infrastructure.Identity.ApplicationUser(), options.Password);
        var districtShares = dataset.Split(options.Districts, provinces.Count, 5);
        var communeShares = dataset.Split(options.Communes, options.Districts, 3);
        var districtIndex = 0;
        for (var p = 0; p < provinces.Count; p++)
        {
            var communes = communeShares.Skip(districtIndex).Take(districtShares[p]).ToArray();
            districtIndex += districtShares[p];
            dataset.AddProvince(provinces[p], communes);
        }
        return dataset;
    }

    /// <summary>Splits <paramref name="total"/> into <paramref name="parts"/> uneven shares of at least <paramref name="minimum"/>.</summary>
    private int[] Split(int total, int parts, int minimum)
    {
        var weights = Enumerable.Range(0, parts).Select(_ => 0.5 + _random.NextDouble()).ToArray();
        var sum = weights.Sum();
        var shares = weights.Select(w => Math.Max(minimum, (int)Math.Round(w / sum * total))).ToArray();
        for (var i = 0; shares.Sum() != total; i = (i + 1) % parts)
            shares[i] += shares.Sum() > total ? (shares[i] > minimum ? -1 : 0) : 1;
        return shares;
    }

    private Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    private string PlaceName() => $"{_syllables[_random.Next(_syllables.Length)]} {_syllables[_random.Next(_syllables.Length)]}";

    private UnitRow AddUnit(string kind, string? code, string nameVi, string? nameEn, UnitRow? parent)
    {
        var key = NextGuid();
        // Exactly OrgUnit.Create's path: the parent's path, then the key in "N" format and a slash.
        var unit = new UnitRow(Units.Count + 1, key, kind, code, nameVi, nameEn, VietnameseText.SearchKey(nameVi, nameEn), parent?.Id, $"{parent?.Path ?? "/"}{key:N}/", null);
        Units.Add(unit);
        return unit;
    }

    private void ReportTo(ref UnitRow unit, UnitRow? recipient)
    {
        unit = unit with { ReportsToId = recipient?.Id };
        Units[unit.Id - 1] = unit;
    }

    private Guid AddUser(string userName, string displayName, string role, UnitRow unit)
    {
        var user = new UserRow(NextGuid(), userName, displayName);
        Users.Add(user);
        Roles.Add(new RoleRow(Roles.Count + 1, user.Id, role, unit.Id, unit.Path));
        return user.Id;
    }

    private void AddProvince(ProvinceInfo info, int[] communesPerDistrict)
    {
        var province = AddUnit("Province", info.Code, info.NameVi, info.NameEn, null);
        var bodies = _provincialBodies.Select(b => AddUnit(b.Kind, $"{info.Code}-{b.Code}", b.NameVi, $"{b.NameEn}, {info.NameEn}", province)).ToList();
        var homeAffairs = bodies[0];
        for (var i = 1; i < bodies.Count; i++)
        {
            var body = bodies[i];
            ReportTo(ref body, homeAffairs);
            bodies[i] = body;
        }

        var districts = new List<UnitRow>();
        var reporters = new List<UnitRow>(bodies);
        foreach (var communeCount in communesPerDistrict)
        {
            var districtCode = $"{++_districtCount:000}";
            var name = PlaceName();
            var district = AddUnit("District", districtCode, $"Huyện {name}", $"{VietnameseText.Fold(name)} District", province);
            ReportTo(ref district, homeAffairs);
            var districtHomeAffairs = AddUnit("Department", $"{districtCode}-PNV", "Phòng Nội vụ", $"Home Affairs Division, {district.NameEn}", district);
            ReportTo(ref districtHomeAffairs, homeAffairs);
            districts.Add(district);
            reporters.Add(district);
            reporters.Add(districtHomeAffairs);
            for (var c = 0; c < communeCount; c++)
            {
                var prefix = _random.Next(10) switch { < 7 => "Xã", < 9 => "Phường", _ => "Thị trấn" };
                var commune = AddUnit("Commune", $"{++_communeCount:00000}", $"{prefix} {PlaceName()}", null, district);
                ReportTo(ref commune, districtHomeAffairs);
                reporters.Add(commune);
            }
        }

        // Users: a coordinator and a viewer for the province, an officer at every unit, a head at every district.
        var code = info.Code;
        var coordinator = AddUser($"p{code}.coordinator", $"Chuyên viên Sở Nội vụ {info.NameVi}", "Coordinator", province);
        AddUser($"p{code}.viewer", $"Lãnh đạo UBND {info.NameVi}", "Viewer", province);
        foreach (var unit in reporters)
            _officerOfUnit[unit.Id] = AddUser($"unit{unit.Id}.officer", $"Cán bộ {unit.NameVi}", "UnitOfficer", unit);
        foreach (var district in districts)
            AddUser($"unit{district.Id}.head", $"Chủ tịch UBND {district.NameVi}", "UnitHead", district);

        var plan = AddPlan(province, info);
        var departments = bodies.Where(b => b.Kind == "Department").ToList();
        var unitPaths = reporters.ToDictionary(u => u.Id, u => u.Path);
        AddActions(plan, departments, districts, unitPaths);
        AddReporting(plan, province, reporters, coordinator);
    }

    private PlanRow AddPlan(UnitRow province, ProvinceInfo info)
    {
        var plan = new PlanRow(
            Plans.Count + 1, province.Id, province.Path,
            $"Kế hoạch nâng cao Chỉ số PAPI tỉnh {info.NameVi} giai đoạn 2022-2026", $"Plan to improve {info.NameEn}'s PAPI, 2022-2026",
            $"UBND tỉnh {info.NameVi}", $"People's Committee of {info.NameEn}", $"{_random.Next(50, 300)}/KH-UBND",
            new DateOnly(2022, 5, 1).AddDays(_random.Next(30)), 2021, 2026);
        Plans.Add(plan);
        Targets.Add(new TargetRow(plan.Id, "TotalRank", null, _random.Next(5, 30), "Tăng ít nhất 5 bậc"));
        Targets.Add(new TargetRow(plan.Id, "TotalScore", null, 44m + _random.Next(0, 40) / 10m, "Tổng điểm"));
        Targets.Add(new TargetRow(plan.Id, "DimensionScore", $"{_random.Next(1, 9)}", 5m + _random.Next(0, 20) / 10m, "Chỉ số nội dung yếu nhất"));
        return plan;
    }

    private void AddActions(PlanRow plan, List<UnitRow> departments, List<UnitRow> districts, Dictionary<int, string> unitPaths)
    {
        var responsibilities = Math.Max(1, _options.ActionsPerPlan / 6);
        var actions = _options.ActionsPerPlan - responsibilities;
        var start = new DateOnly(plan.IssuedOn.Year, plan.IssuedOn.Month, 1).AddMonths(1);
        var perDimension = new int[8];
        for (var i = 0; i < _options.ActionsPerPlan; i++)
        {
            var isAction = i < actions;
            var dimension = isAction ? i * 8 / actions : _random.Next(8);
            var code = isAction ? $"D{dimension + 1}.{(char)('a' + perDimension[dimension]++)}" : $"TN.{i - actions + 1}";
            var subs = isAction
                ? _subDimensions[dimension].OrderBy(_ => _random.Next()).Take(_random.Next(1, 3)).Order(StringComparer.Ordinal).ToArray()
                : [];
            var dimensions = isAction ? [$"{dimension + 1}"] : Enumerable.Range(1, 8).OrderBy(_ => _random.Next()).Take(3).Order().Select(d => $"{d}").ToArray();
            var recurring = _random.Next(10) < 4;
            DateOnly? due = recurring ? null : start.AddMonths(_random.Next(6, 54)).AddDays(-1);
            var id = Actions.Count + 1;

            var lead = departments[_random.Next(departments.Count)];
            var units = new List<ActionUnitRow> { new(id, lead.Id, "Lead") };
            foreach (var other in departments.Where(d => d.Id != lead.Id).OrderBy(_ => _random.Next()).Take(_random.Next(1, 4)))
                units.Add(new ActionUnitRow(id, other.Id, "Coordinating"));
            if (_random.Next(2) == 0)
                units.AddRange(districts.Select(d => new ActionUnitRow(id, d.Id, "Coordinating")));
            ActionUnits.AddRange(units);

            // Each unit reports monthly from its start until it reaches 100 % (never, for recurring work).
            var status = "NotStarted";
            DateOnly? completedOn = null;
            foreach (var unit in units)
            {
                var (unitStatus, unitCompleted) = AddProgress(id, unit.UnitId, unitPaths[unit.UnitId], start, due);
                if (unit.Role == "Lead")
                    (status, completedOn) = (unitStatus, unitCompleted);
            }

            var textVi = isAction ? $"Nâng cao chất lượng thực hiện chỉ số nội dung {dimension + 1}: giải pháp {code} của {plan.TitleVi}" : $"Trách nhiệm thường xuyên {code} của các sở, ngành";
            var textEn = isAction ? $"Improve dimension {dimension + 1}: solution {code}" : $"Standing duty {code} of the departments";
            Actions.Add(new ActionRow(
                id, plan.Id, code, isAction ? "Action" : "Responsibility", dimensions, subs, textVi, textEn, VietnameseText.SearchKey(code, textVi, textEn),
                start, due, recurring, recurring ? (_random.Next(2) == 0 ? "Quarterly" : "Monthly") : null, status, completedOn));
        }
    }

    private (string Status, DateOnly? CompletedOn) AddProgress(int actionId, int unitId, string unitPath, DateOnly start, DateOnly? due)
    {
        var asOf = _options.AsOf;
        var months = (asOf.Year - start.Year) * 12 + asOf.Month - start.Month;
        var firstMonth = _random.Next(0, 4);
        var horizon = due is { } d ? Math.Max(2, (d.Year - start.Year) * 12 + d.Month - start.Month + _random.Next(-3, 6)) : 1000;
        var author = _officerOfUnit.GetValueOrDefault(unitId);
        var status = "NotStarted";
        var percent = 0;
        DateOnly? completedOn = null;
        for (var m = firstMonth; m < months; m++)
        {
            var reportedOn = start.AddMonths(m + 1).AddDays(-1);
            percent = due is null ? Math.Min(90, 10 + (m - firstMonth) * 3) : Math.Min(100, (m - firstMonth + 1) * 100 / Math.Max(1, horizon - firstMonth));
            status = percent == 100 ? "Completed" : _random.Next(40) == 0 ? "Paused" : "InProgress";
            completedOn = percent == 100 ? reportedOn : null;
            var recordedAt = new DateTimeOffset(reportedOn.ToDateTime(new TimeOnly(1 + _random.Next(9), _random.Next(60))), TimeSpan.Zero);
            Progress.Add(new ProgressRow(
                Progress.Count + 1, actionId, unitId, author == Guid.Empty ? null : author, recordedAt, reportedOn, status, percent,
                _narratives[_random.Next(_narratives.Length)], unitPath));
            if (percent == 100)
                break;
        }
        return (status, completedOn);
    }

    private void AddReporting(PlanRow plan, UnitRow province, List<UnitRow> reporters, Guid coordinator)
    {
        var asOf = _options.AsOf;
        foreach (var year in Enumerable.Range(plan.TargetYear - 4, 5))
        {
            foreach (var (kind, dueMonth, dueDay, toMonth, toDay) in _schedule)
            {
                var due = new DateOnly(year, dueMonth, dueDay);
                var to = new DateOnly(year, toMonth, toDay);
                var period = new PeriodRow(Periods.Count + 1, plan.Id, kind, year, new DateOnly(year, 1, 1), to, due, due.AddDays(15), to);
                Periods.Add(period);
                if (period.CoverageFrom > asOf)
                    continue;
                var closed = period.LockOn < asOf;
                foreach (var unit in reporters)
                {
                    var extended = _random.Next(50) == 0;
                    var obligation = new ObligationRow(
                        Obligations.Count + 1, period.Id, unit.Id, unit.ReportsToId ?? province.Id,
                        extended ? due.AddDays(10) : null, extended ? "Thiên tai, mất điện diện rộng trong tuần báo cáo" : null);
                    Obligations.Add(obligation);
                    AddSubmission(obligation, period, unit, closed, coordinator);
                }
            }
        }
    }

    private void AddSubmission(ObligationRow obligation, PeriodRow period, UnitRow unit, bool closed, Guid coordinator)
    {
        var roll = _random.Next(100);
        // Closed periods: most reports approved, a few never sent. The open one: everything in flight.
        var status = closed
            ? roll switch { < 7 => null, < 10 => "Draft", < 15 => "Submitted", < 20 => "Returned", _ => "Approved" }
            : roll switch { < 30 => null, < 60 => "Draft", < 85 => "Submitted", < 90 => "Returned", _ => "Approved" };
        if (status is null)
            return;
        var deadline = obligation.ExtendedTo ?? period.DueOn;
        var onTime = !closed || _random.Next(100) < 85;
        var submittedDay = onTime ? deadline.AddDays(-_random.Next(0, 10)) : deadline.AddDays(1 + _random.Next(14));
        if (!closed && submittedDay > _options.AsOf)
            submittedDay = _options.AsOf.AddDays(-_random.Next(0, 5));
        // 01:00-10:59 UTC is 08:00-17:59 in Việt Nam.
        var submittedAt = new DateTimeOffset(submittedDay.ToDateTime(new TimeOnly(1 + _random.Next(10), _random.Next(60))), TimeSpan.Zero);
        var draftedAt = submittedAt.AddDays(-1 - _random.Next(5)).AddMinutes(-_random.Next(600));
        var sent = status != "Draft";
        var reviewed = status is "Approved" or "Returned";
        var narratives = Enumerable.Range(1, 8).Where(_ => _random.Next(3) > 0)
            .ToDictionary(d => $"{d}", d => $"Chỉ số {d}: {_narratives[_random.Next(_narratives.Length)]}");
        Submissions.Add(new SubmissionRow(
            Submissions.Count + 1, obligation.Id, status, JsonSerializer.Serialize(narratives), draftedAt,
            sent ? submittedAt : null, sent ? _officerOfUnit.GetValueOrDefault(unit.Id) : null, sent ? onTime : null,
            status == "Returned" ? "Đề nghị bổ sung số liệu minh chứng cho chỉ số 2 và 6." : null,
            reviewed ? submittedAt.AddDays(1 + _random.Next(7)) : null,
            reviewed ? _officerOfUnit.GetValueOrDefault(obligation.RecipientId, coordinator) : null,
            unit.Path));
    }
}
