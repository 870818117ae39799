using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PapiTracker.Api.Infrastructure.Contract;

/// <summary>
/// Examples of the requests an integration starts with, in the province's words. The lint checks each
/// against its schema (Spectral's oas3-valid-media-example), so an example cannot drift from the contract.
/// </summary>
internal sealed class RequestExamples : IOperationFilter
{
    private static readonly Dictionary<string, string> ByOperation = new()
    {
        ["SignIn"] = """{ "userName": "dieu.phoi.bacninh", "password": "mật-khẩu-của-bạn" }""",
        ["CreateApiToken"] = """
            { "name": "Cổng dịch vụ công tỉnh", "scopes": ["scores:read", "plans:read"], "unitId": 1, "expiresAt": "2027-06-30T00:00:00+07:00" }
            """,
        ["CreatePlan"] = """
            {
              "provinceId": 1, "titleVi": "Kế hoạch nâng cao Chỉ số PAPI giai đoạn 2025-2026", "titleEn": "Plan to raise the PAPI index, 2025-2026",
              "issuerVi": "Ủy ban nhân dân tỉnh", "issuerEn": "Provincial People's Committee", "documentNumber": "125/KH-UBND", "issuedOn": "2025-03-15",
              "baselineYear": 2024, "targetYear": 2026, "framework": "PAPI",
              "targets": [{ "kind": "TotalRank", "code": null, "value": 20, "noteVi": "Vào nhóm 20 tỉnh dẫn đầu", "noteEn": "Into the top 20" }]
            }
            """,
        ["RecordProgress"] = """
            { "unitId": 12, "reportedOn": "2025-06-30", "status": "InProgress", "percent": 40, "narrative": "Đã niêm yết tại 18/45 thôn." }
            """,
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.OperationId is not { } id || !ByOperation.TryGetValue(id, out var example)
            || operation.RequestBody?.Content is not { } content || !content.TryGetValue("application/json", out var json))
            return;
        json.Example = JsonNode.Parse(example);
    }
}
