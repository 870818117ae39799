using PapiTracker.Domain.Common;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Reporting;
using static PapiTracker.Domain.UnitTests.Reporting.Periods;

namespace PapiTracker.Domain.UnitTests.Reporting;

public sealed class ReportSubmissionTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private static readonly Guid Head = Guid.NewGuid();
    private static readonly Guid Approver = Guid.NewGuid();

    private static readonly DateTimeOffset BeforeDue = new(2021, 3, 18, 9, 0, 0, Vietnam);
    private static readonly DateTimeOffset AfterDue = new(2021, 3, 25, 9, 0, 0, Vietnam);
    private static readonly DateTimeOffset AfterLock = new(2021, 4, 2, 9, 0, 0, Vietnam);

    private static readonly Dictionary<string, string> Narratives = new() { ["1"] = "Đã công khai kế hoạch" };
    private static readonly UnitPlanDocument SignedPlan = new(" 12/KH-UBND ", new DateOnly(2021, 5, 3), 7, [3, 1, 3]);

    private readonly OrgUnit _commune = OrgUnit.Create(OrgUnitKind.Commune, null, "Xã Tân Mỹ", null, null, new DateOnly(2000, 1, 1)).WithId(2);
    private ReportObligation _obligation = null!;

    [SetUp]
    public void OweTheReport() =>
        _obligation = ReportObligation.Owe(FirstQuarter2021, _commune, OrgUnit.CreateProvince("Bắc Giang", null).WithId(1));

    [Test]
    public void ShouldStartAsAnEditableDraft_WithItsNarratives()
    {
        var report = Draft();

        report.Status.ShouldBe(SubmissionStatus.Draft);
        report.IsEditable.ShouldBeTrue();
        report.NarrativesByDimension.ShouldBe(Narratives);
        report.Versions.ShouldBeEmpty();
    }

    [Test]
    public void ShouldKeepTheUnitPlanNumberTrimmed_AndItsCommittedActionsOnceInOrder()
    {
        var report = Draft(SignedPlan);

        report.UnitPlan.Number.ShouldBe("12/KH-UBND");
        report.UnitPlan.CommittedActionIds.ShouldBe([1, 3]);
    }

    [Test]
    public void ShouldAcceptANarrative_AtTheLengthLimit() =>
        Should.NotThrow(() => Draft().Write(new Dictionary<string, string> { ["1"] = new('a', ReportSubmission.NarrativeMaxLength) }, null, _commune.Path));

    [Test]
    public void ShouldRefuseANarrative_WhenLongerThanTheLimit()
    {
        var tooLong = new Dictionary<string, string> { ["1"] = "ngắn", ["2"] = new('a', ReportSubmission.NarrativeMaxLength + 1) };
        var report = Draft();

        Refusal(() => ReportSubmission.Draft(_obligation, _commune.Path, tooLong)).ShouldBe(Messages.NarrativeTooLong(ReportSubmission.NarrativeMaxLength));
        Refusal(() => report.Write(tooLong, null, _commune.Path)).ShouldBe(Messages.NarrativeTooLong(ReportSubmission.NarrativeMaxLength));
        report.NarrativesByDimension.ShouldBe(Narratives, "a refused write changes nothing");
    }

    [Test]
    public void ShouldSubmitADraft_FreezingItAsTheFirstVersion()
    {
        var report = Draft();

        report.Submit(FirstQuarter2021, _obligation, "{\"v\":1}", BeforeDue, Head, _commune.Path);

        report.Status.ShouldBe(SubmissionStatus.Submitted);
        report.IsEditable.ShouldBeFalse();
        report.SubmittedAt.ShouldBe(BeforeDue);
        report.SubmittedBy.ShouldBe(Head);
        report.OnTime.ShouldBe(true);
        var version = report.Versions.ShouldHaveSingleItem();
        version.Number.ShouldBe(1);
        version.Content.ShouldBe("{\"v\":1}");
        version.Decision.ShouldBe(SubmissionStatus.Submitted);
        version.OnTime.ShouldBeTrue();
    }

    [Test]
    public void ShouldCountASubmissionLate_AfterTheDueDay() =>
        InState(SubmissionStatus.Submitted, at: AfterDue).OnTime.ShouldBe(false);

    [Test]
    public void ShouldCountASubmissionOnTime_AfterTheDueDay_WhenTheObligationIsExtended()
    {
        _obligation.Extend(FirstQuarter2021, new DateOnly(2021, 3, 26), "Bão lũ", _commune.Path);

        InState(SubmissionStatus.Submitted, at: AfterDue).OnTime.ShouldBe(true);
    }

    [Test]
    public void ShouldRefuseSubmit_WhenThePeriodIsLocked()
    {
        var report = Draft();

        Refusal(() => report.Submit(FirstQuarter2021, _obligation, "{}", AfterLock, Head, _commune.Path)).ShouldBe(Messages.PeriodLocked);
        report.Status.ShouldBe(SubmissionStatus.Draft);
        report.Versions.ShouldBeEmpty();
    }

    [Test]
    public void ShouldAcceptSubmit_AfterTheLockDay_WhenTheExtensionRunsLater_AndCountItOnTime()
    {
        _obligation.Extend(FirstQuarter2021, new DateOnly(2021, 4, 5), "Sáp nhập xã", _commune.Path);

        var report = InState(SubmissionStatus.Submitted, at: AfterLock);

        report.Status.ShouldBe(SubmissionStatus.Submitted);
        report.OnTime.ShouldBe(true);
    }

    [TestCase(SubmissionStatus.Submitted)]
    [TestCase(SubmissionStatus.Approved)]
    public void ShouldRefuseSubmit_WhenAlreadySubmittedOrApproved(SubmissionStatus status)
    {
        var report = InState(status);

        Refusal(() => report.Submit(FirstQuarter2021, _obligation, "{}", BeforeDue, Head, _commune.Path)).ShouldBe(Messages.AlreadySubmitted);
        report.Versions.Count.ShouldBe(1);
    }

    [TestCase(SubmissionStatus.Submitted)]
    [TestCase(SubmissionStatus.Approved)]
    public void ShouldRefuseWriting_WhenSubmittedOrApproved(SubmissionStatus status)
    {
        var report = InState(status);

        Refusal(() => report.Write(new Dictionary<string, string> { ["1"] = "sửa" }, null, _commune.Path)).ShouldBe(Messages.ReportCannotChange(status.ToString()));
        report.NarrativesByDimension.ShouldBe(Narratives);
    }

    [TestCase(SubmissionStatus.Draft)]
    [TestCase(SubmissionStatus.Returned)]
    public void ShouldAcceptWriting_WhenDraftOrReturned(SubmissionStatus status)
    {
        var report = InState(status);

        report.Write(new Dictionary<string, string> { ["1"] = "sửa" }, null, _commune.Path);

        report.NarrativesByDimension["1"].ShouldBe("sửa");
    }

    [TestCase(null, "2021-05-03", 7L)]
    [TestCase("  ", "2021-05-03", 7L)]
    [TestCase("12/KH-UBND", null, 7L)]
    [TestCase("12/KH-UBND", "2021-05-03", null)]
    public void ShouldRefuseSubmittingTheUnitPlan_WhenItsDocumentIsIncomplete(string? number, string? issuedOn, long? documentId)
    {
        var plan = new UnitPlanDocument(number, issuedOn is null ? null : DateOnly.Parse(issuedOn, System.Globalization.CultureInfo.InvariantCulture), documentId, []);
        var report = Draft(plan);

        Refusal(() => report.Submit(UnitPlan2021, _obligation, "{}", BeforeDue, Head, _commune.Path)).ShouldBe(Messages.UnitPlanNeedsDocument);
        report.Status.ShouldBe(SubmissionStatus.Draft);
    }

    [Test]
    public void ShouldSubmitTheUnitPlan_WithNumberDateAndSignedDocument()
    {
        var report = Draft(SignedPlan);

        report.Submit(UnitPlan2021, _obligation, "{}", BeforeDue, Head, _commune.Path);

        report.Status.ShouldBe(SubmissionStatus.Submitted);
    }

    [Test]
    public void ShouldNotAskAQuarterlyReportForAPlanDocument() =>
        Should.NotThrow(() => Draft().Submit(FirstQuarter2021, _obligation, "{}", BeforeDue, Head, _commune.Path));

    [Test]
    public void ShouldReturnASubmittedReport_WithTheReasonTrimmed_OnTheReportAndItsVersion()
    {
        var report = InState(SubmissionStatus.Submitted);
        var at = BeforeDue.AddDays(1);

        report.Return("  Thiếu số liệu quý  ", at, Approver, _commune.Path);

        ShouldBeBackWithItsUnit(report, "Thiếu số liệu quý", at);
        var version = report.Versions.ShouldHaveSingleItem();
        version.Decision.ShouldBe(SubmissionStatus.Returned);
        version.Reason.ShouldBe("Thiếu số liệu quý");
        version.ReviewedBy.ShouldBe(Approver);
    }

    [Test]
    public void ShouldResubmitAReturnedReport_AsTheNextVersion_KeepingTheReturnedOne()
    {
        var report = InState(SubmissionStatus.Returned);

        report.Submit(FirstQuarter2021, _obligation, "{\"v\":2}", AfterDue, Head, _commune.Path);

        report.Status.ShouldBe(SubmissionStatus.Submitted);
        report.ReturnReason.ShouldBeNull();
        report.OnTime.ShouldBe(false, "judged at the last submission");
        report.Versions.Select(v => v.Number).ShouldBe([1, 2]);
        report.Versions[0].Decision.ShouldBe(SubmissionStatus.Returned);
        report.Versions[0].Content.ShouldBe("{\"v\":1}");
        report.Versions[0].OnTime.ShouldBeTrue();
        report.Versions[1].Decision.ShouldBe(SubmissionStatus.Submitted);
        report.Versions[1].Content.ShouldBe("{\"v\":2}");
        report.Versions[1].OnTime.ShouldBeFalse();
    }

    [Test]
    public void ShouldApproveASubmittedReport_DecidingOnlyItsLatestVersion()
    {
        var report = InState(SubmissionStatus.Returned);
        report.Submit(FirstQuarter2021, _obligation, "{\"v\":2}", BeforeDue, Head, _commune.Path);
        var at = BeforeDue.AddDays(2);

        report.Approve(at, Approver, _commune.Path);

        report.Status.ShouldBe(SubmissionStatus.Approved);
        report.IsEditable.ShouldBeFalse();
        report.ReturnReason.ShouldBeNull();
        report.ReviewedAt.ShouldBe(at);
        report.ReviewedBy.ShouldBe(Approver);
        report.Versions[0].Decision.ShouldBe(SubmissionStatus.Returned);
        report.Versions[1].Decision.ShouldBe(SubmissionStatus.Approved);
        report.Versions[1].Reason.ShouldBeNull();
    }

    [Test]
    public void ShouldReopenAnApprovedReport_AsReturned_WhileItsVersionStaysApproved()
    {
        var report = InState(SubmissionStatus.Approved);
        var at = BeforeDue.AddDays(5);

        report.Reopen("  Bổ sung minh chứng ", at, Approver, _commune.Path);

        ShouldBeBackWithItsUnit(report, "Bổ sung minh chứng", at);
        var version = report.Versions.ShouldHaveSingleItem();
        version.Decision.ShouldBe(SubmissionStatus.Approved);
        version.ReopenReason.ShouldBe("Bổ sung minh chứng");
        version.ReopenedAt.ShouldBe(at);
        version.ReopenedBy.ShouldBe(Approver);
    }

    public enum Review
    {
        Return,
        Approve,
        Reopen,
    }

    [TestCase(Review.Return, SubmissionStatus.Draft)]
    [TestCase(Review.Return, SubmissionStatus.Returned)]
    [TestCase(Review.Return, SubmissionStatus.Approved)]
    [TestCase(Review.Approve, SubmissionStatus.Draft)]
    [TestCase(Review.Approve, SubmissionStatus.Returned)]
    [TestCase(Review.Approve, SubmissionStatus.Approved)]
    [TestCase(Review.Reopen, SubmissionStatus.Draft)]
    [TestCase(Review.Reopen, SubmissionStatus.Submitted)]
    [TestCase(Review.Reopen, SubmissionStatus.Returned)]
    public void ShouldRefuseAReview_WhenTheReportIsNotInTheStateItReviews(Review review, SubmissionStatus status)
    {
        var report = InState(status);
        var refusal = review switch
        {
            Review.Return => Messages.OnlySubmittedReturned,
            Review.Approve => Messages.OnlySubmittedApproved,
            _ => Messages.OnlyApprovedReopened,
        };

        Refusal(() => Decide(report, review, "Thiếu số liệu")).ShouldBe(refusal);
        report.Status.ShouldBe(status);
    }

    [TestCase(Review.Return, SubmissionStatus.Submitted, "")]
    [TestCase(Review.Return, SubmissionStatus.Submitted, "   ")]
    [TestCase(Review.Reopen, SubmissionStatus.Approved, "")]
    [TestCase(Review.Reopen, SubmissionStatus.Approved, " \t ")]
    public void ShouldRefuseReturnOrReopen_WithoutAReason(Review review, SubmissionStatus status, string reason)
    {
        var report = InState(status);

        Refusal(() => Decide(report, review, reason)).ShouldBe(review == Review.Return ? Messages.ReturnNeedsReason : Messages.ReopenNeedsReason);
        report.Status.ShouldBe(status);
        report.Versions.Single().Decision.ShouldBe(status);
        report.Versions.Single().ReopenedAt.ShouldBeNull();
    }

    [TestCase(SubmissionStatus.Submitted)]
    [TestCase(SubmissionStatus.Approved)]
    public void ShouldRefuseAnAttachment_WhenTheReportIsSubmittedOrApproved(SubmissionStatus status) =>
        Refusal(() => ReportAttachment.Attach(InState(status), _commune.Path, new FileUpload("bao-cao.pdf", "application/pdf", 100, "abc", BeforeDue, Head)))
            .ShouldBe(Messages.ReportCannotChange(status.ToString()));

    [Test]
    public void ShouldKeepTheSignedDocument_UntilTheDraftNamesAnother()
    {
        var report = Draft();
        var signed = ReportAttachment.Attach(report, _commune.Path, new FileUpload("ke-hoach.pdf", "application/pdf", 100, "abc", BeforeDue, Head)).WithId(7);
        report.Write(Narratives, SignedPlan, _commune.Path);

        Refusal(() => signed.EnsureRemovableFrom(report, _commune.Path)).ShouldBe(Messages.SignedDocumentStays);

        report.Write(Narratives, SignedPlan with { DocumentId = 8 }, _commune.Path);
        Should.NotThrow(() => signed.EnsureRemovableFrom(report, _commune.Path));
    }

    private ReportSubmission Draft(UnitPlanDocument? unitPlan = null) => ReportSubmission.Draft(_obligation, _commune.Path, Narratives, unitPlan);

    /// <summary>A report brought to <paramref name="status"/> the way the product does: submitted once (version 1) and reviewed.</summary>
    private ReportSubmission InState(SubmissionStatus status, DateTimeOffset? at = null)
    {
        var report = Draft();
        if (status == SubmissionStatus.Draft)
            return report;
        report.Submit(FirstQuarter2021, _obligation, "{\"v\":1}", at ?? BeforeDue, Head, _commune.Path);
        if (status == SubmissionStatus.Returned)
            report.Return("Thiếu số liệu", BeforeDue, Approver, _commune.Path);
        if (status == SubmissionStatus.Approved)
            report.Approve(BeforeDue, Approver, _commune.Path);
        return report;
    }

    private void Decide(ReportSubmission report, Review review, string reason)
    {
        switch (review)
        {
            case Review.Return:
                report.Return(reason, BeforeDue, Approver, _commune.Path);
                break;
            case Review.Approve:
                report.Approve(BeforeDue, Approver, _commune.Path);
                break;
            default:
                report.Reopen(reason, BeforeDue, Approver, _commune.Path);
                break;
        }
    }

    /// <summary>Returned and reopened reports alike go back to their unit to be written again, saying why.</summary>
    private static void ShouldBeBackWithItsUnit(ReportSubmission report, string reason, DateTimeOffset at)
    {
        report.Status.ShouldBe(SubmissionStatus.Returned);
        report.IsEditable.ShouldBeTrue();
        report.ReturnReason.ShouldBe(reason);
        report.ReviewedAt.ShouldBe(at);
        report.ReviewedBy.ShouldBe(Approver);
    }

    private static Text Refusal(Action act) => Should.Throw<DomainException>(act).Text;
}
