using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Common;

namespace PapiTracker.Application.OrgUnits;

/// <summary>
/// Loading units for a change: one that does not exist is 404, one outside the caller's scope 403
/// (writes say forbidden; only reads hide existence), and one referred to by a field is a 400 on that field.
/// </summary>
internal static class OrgUnitLookup
{
    public static async Task<OrgUnit> ForChangeAsync(this IApplicationDbContext db, AccessControl access, int id, CancellationToken ct)
    {
        var unit = await db.OrgUnits.SingleOrDefaultAsync(u => u.Id == id, ct) ?? throw new NotFoundException(Messages.Resources.Unit, id);
        await access.EnsureCanWriteAsync(Permission.ManageUnits, unit.Path, ct);
        return unit;
    }

    public static async Task<OrgUnit> ReferencedAsync(this IApplicationDbContext db, int id, string field, CancellationToken ct) =>
        await db.OrgUnits.SingleOrDefaultAsync(u => u.Id == id, ct)
        ?? throw new ValidationException([new ValidationFailure(field, Messages.UnitDoesNotExist(id))]);

    /// <summary>
    /// A code names one unit at a time: the problem, if another unit holds it on any day from
    /// <paramref name="from"/> to <paramref name="to"/> (open-ended when null), else null.
    /// </summary>
    public static async Task<ValidationFailure?> CodeClashAsync(this IApplicationDbContext db, string? code, int? exceptId, DateOnly from, DateOnly? to, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
            return null;
        var trimmed = code.Trim();
        var holder = await db.OrgUnits.AsNoTracking()
            .Where(u => u.Code == trimmed && u.Id != exceptId && (to == null || u.ActiveFrom <= to) && (u.ActiveTo == null || u.ActiveTo >= from))
            .Select(u => new { u.NameVi, u.ActiveFrom, u.ActiveTo })
            .FirstOrDefaultAsync(ct);
        return holder is null
            ? null
            : new ValidationFailure("code", Messages.CodeHeldDuring(trimmed, holder.NameVi, holder.ActiveFrom, holder.ActiveTo));
    }

    public static async Task EnsureCodeIsFreeAsync(this IApplicationDbContext db, string? code, int? exceptId, DateOnly from, DateOnly? to, CancellationToken ct)
    {
        if (await db.CodeClashAsync(code, exceptId, from, to, ct) is { } clash)
            throw new ValidationException([clash]);
    }
}
