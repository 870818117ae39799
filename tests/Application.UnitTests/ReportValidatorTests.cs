using PapiTracker.Application.Reporting.Commands.ApproveReports;
using PapiTracker.Application.Reporting.Commands.ReturnReport;
using PapiTracker.Application.Reporting.Commands.SaveSubmissionDraft;
using PapiTracker.Application.Common.Models;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Reporting;

namespace PapiTracker.Application.UnitTests;

public sealed class ReportValidatorTests
{
    [Test]
    public void ShouldRefuseReturn_WhenReasonIsEmptyOrTooLong()
    {
        var validator = new ReturnReportCommandValidator();

        validator.FieldErrors(new ReturnReportCommand(1, "")).Keys.ShouldBe(["Reason"]);
        validator.FieldErrors(new ReturnReportCommand(1, new string('x', ReportSubmission.ReasonMaxLength + 1))).Keys.ShouldBe(["Reason"]);
        validator.FieldErrors(new ReturnReportCommand(1, new string('x', ReportSubmission.ReasonMaxLength))).ShouldBeEmpty();
    }

    [Test]
    public void ShouldRefuseBulkApproval_OfNoneOrMoreThanTheLimit()
    {
        var validator = new ApproveReportsCommandValidator();
        var max = ApproveReportsCommandValidator.MaxReports;

        validator.FieldErrors(new ApproveReportsCommand([])).Keys.ShouldBe(["SubmissionIds"]);
        validator.FieldErrors(new ApproveReportsCommand([.. Enumerable.Range(1, max + 1)]))
            .ShouldBe(new Dictionary<string, string> { ["SubmissionIds"] = Messages.ApproveAtMost(max).Current });
        validator.FieldErrors(new ApproveReportsCommand([.. Enumerable.Range(1, max)])).ShouldBeEmpty();
    }

    [Test]
    public void ShouldRefuseDraft_WhenANarrativeIsNotKeyedByADimensionNumberOrIsTooLong()
    {
        var validator = new SaveSubmissionDraftCommandValidator();
        SaveSubmissionDraftCommand Draft(string key, string text) => new(1, new Dictionary<string, string> { [key] = text }, null, IfMatch.Missing);

        validator.FieldErrors(Draft("D1", "ok")).Values.ShouldBe([Messages.NarrativeKeys.Current]);
        validator.FieldErrors(Draft("1", new string('x', ReportSubmission.NarrativeMaxLength + 1))).Values
            .ShouldBe([Messages.NarrativeAtMost(ReportSubmission.NarrativeMaxLength).Current]);
        validator.FieldErrors(Draft("8", "Đã tổ chức đối thoại với người dân.")).ShouldBeEmpty();
    }
}
