using PapiTracker.Domain.Common;
using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Restructurings.Commands.RestructureUnits;
using PapiTracker.Domain.Access;

namespace PapiTracker.Application.Restructurings.Queries.GetRestructuring;

/// <summary>One applied restructuring with its full answer, as it was given when applied.</summary>
[RequiresPermission(Permission.RestructureUnits)]
public sealed record GetRestructuringQuery(int Id) : IQuery<RestructuringDto>;

public sealed class GetRestructuringQueryHandler(IApplicationDbContext db) : IQueryHandler<GetRestructuringQuery, RestructuringDto>
{
    public async ValueTask<RestructuringDto> Handle(GetRestructuringQuery query, CancellationToken cancellationToken)
    {
        var result = await db.Restructurings.AsNoTracking().Where(r => r.Id == query.Id).Select(r => r.Result).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Messages.Resources.Restructuring, query.Id);
        return JsonSerializer.Deserialize<RestructuringDto>(result, RestructureUnitsCommandHandler.ResultJson)!;
    }
}
