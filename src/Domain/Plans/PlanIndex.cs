namespace PapiTracker.Domain.Plans;

/// <summary>
/// An index a plan answers (Cần Thơ's 101/KH-UBND: PAR INDEX, SIPAS, PAPI, PCI, PGI), with the survey year
/// of the release it starts from: indices publish on their own calendars, so each has its own baseline.
/// The first is the plan's lead index (<see cref="Plan.Framework"/>, <see cref="Plan.BaselineYear"/>).
/// </summary>
public sealed class PlanIndex
{
    private PlanIndex() { }

    internal PlanIndex(string framework, int baselineYear, int position)
    {
        Framework = framework;
        BaselineYear = baselineYear;
        Position = position;
    }

    public int PlanId { get; private set; }
    public string Framework { get; private set; } = "";
    public int BaselineYear { get; private set; }

    /// <summary>Order in the plan: 0 is the lead index.</summary>
    public int Position { get; private set; }
}
