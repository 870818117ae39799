using PapiTracker.Domain.Auditing;
using PapiTracker.Domain.Common;

namespace PapiTracker.Domain.Plans;

public enum PlanStatus
{
    Draft,

    /// <summary>Có hiệu lực.</summary>
    InForce,
    Closed,
}

/// <summary>
/// A province's plan (kế hoạch) to raise its indices: the baseline release it answers in each, the year it
/// aims at, its targets and its action items. <see cref="Framework"/> and <see cref="BaselineYear"/> are its
/// lead index (the first of <see cref="Indices"/>); a plan over one index has only that.
/// </summary>
public sealed class Plan : IAudited
{
    public const int TitleMaxLength = 500;
    public const int DocumentNumberMaxLength = 50;

    private readonly List<PlanTarget> _targets = [];
    private readonly List<PlanIndex> _indices = [];
    private string? _provincePath;

    private Plan() { }

    public int Id { get; private set; }
    public int ProvinceId { get; private set; }
    public string Framework { get; private set; } = "";
    public string? DocumentNumber { get; private set; }
    public DateOnly? IssuedOn { get; private set; }
    public string IssuerVi { get; private set; } = "";
    public string? IssuerEn { get; private set; }
    public string TitleVi { get; private set; } = "";
    public string? TitleEn { get; private set; }

    /// <summary>Survey year of the release the plan starts from (PAPI 2020 for a 2021 plan).</summary>
    public int BaselineYear { get; private set; }
    public int TargetYear { get; private set; }
    public PlanStatus Status { get; private set; }
    public uint Version { get; private set; }
    public IReadOnlyList<PlanTarget> Targets => _targets;

    /// <summary>The indices the plan answers, the lead index first.</summary>
    public IReadOnlyList<PlanIndex> Indices => _indices;

    string? IAudited.AuditUnitPath => _provincePath;

    internal string? ProvincePath => _provincePath;

    public static Plan Create(
        Organization.OrgUnit province, string framework, string titleVi, string? titleEn, string issuerVi, string? issuerEn,
        string? documentNumber, DateOnly? issuedOn, int baselineYear, int targetYear)
    {
        if (province.Kind != Organization.OrgUnitKind.Province)
            throw new DomainException(Messages.NotAProvince(province.NameVi));
        if (targetYear <= baselineYear)
            throw new DomainException(Messages.TargetYearAfterBaseline);
        var plan = new Plan
        {
            ProvinceId = province.Id,
            _provincePath = province.Path,
            Framework = framework,
            TitleVi = titleVi.Trim(),
            TitleEn = titleEn?.Trim(),
            IssuerVi = issuerVi.Trim(),
            IssuerEn = issuerEn?.Trim(),
            DocumentNumber = documentNumber,
            IssuedOn = issuedOn,
            BaselineYear = baselineYear,
            TargetYear = targetYear,
            Status = PlanStatus.InForce,
        };
        plan._indices.Add(new PlanIndex(framework, baselineYear, 0));
        return plan;
    }

    /// <summary>Another index the plan answers, from its own baseline (PCI 2024 beside PAPI 2024).</summary>
    public PlanIndex AddIndex(string framework, int baselineYear)
    {
        if (_indices.Any(i => i.Framework == framework))
            throw new DomainException(Messages.PlanIndexTwice(framework));
        if (TargetYear <= baselineYear)
            throw new DomainException(Messages.TargetYearAfterBaseline);
        var index = new PlanIndex(framework, baselineYear, _indices.Count);
        _indices.Add(index);
        return index;
    }

    /// <summary>The plan's index of that framework; null when the plan does not answer it.</summary>
    public PlanIndex? IndexOf(string framework) => _indices.SingleOrDefault(i => i.Framework == framework);

    /// <summary>
    /// A plan is created in force (it is recorded from an issued document); it goes back to draft while its document
    /// is being reworked, which is the only way into draft, and between the two freely. A closed plan is history
    /// and does not reopen.
    /// </summary>
    public void MoveTo(PlanStatus status)
    {
        if (Status == PlanStatus.Closed && status != PlanStatus.Closed)
            throw new DomainException(Messages.ClosedPlanDoesNotReopen);
        Status = status;
    }

    /// <summary>A target the plan aims at, on one of its indices; a closed plan aims at nothing more.</summary>
    /// <param name="framework">The index the target is on; the lead index when null.</param>
    public PlanTarget AddTarget(TargetKind kind, string? code, decimal value, string? noteVi, string? noteEn, string? framework = null)
    {
        if (Status == PlanStatus.Closed)
            throw new DomainException(Messages.ClosedPlanTakesNoTargets);
        framework ??= Framework;
        if (IndexOf(framework) is null)
            throw new DomainException(Messages.PlanHasNoIndex(framework));
        var target = PlanTarget.Create(framework, kind, code, value, noteVi, noteEn);
        _targets.Add(target);
        return target;
    }
}
