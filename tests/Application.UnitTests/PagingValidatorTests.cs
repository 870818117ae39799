using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Notifications.Queries.GetNotifications;

namespace PapiTracker.Application.UnitTests;

public sealed class PagingValidatorTests
{
    [Test]
    public void ShouldRefuseAPageBeforeTheFirstAndAPageLargerThanTheMaximum()
    {
        var validator = new GetNotificationsQueryValidator();

        validator.FieldErrors(new GetNotificationsQuery(Page: 0)).Keys.ShouldBe(["page"]);
        validator.FieldErrors(new GetNotificationsQuery(PageSize: PagedList<object>.MaxPageSize + 1)).Keys.ShouldBe(["pageSize"]);
        validator.FieldErrors(new GetNotificationsQuery(PageSize: PagedList<object>.MaxPageSize)).ShouldBeEmpty();
    }
}
