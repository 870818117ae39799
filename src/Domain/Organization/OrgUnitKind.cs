namespace PapiTracker.Domain.Organization;

/// <summary>What kind of body a unit is (đơn vị): the tree's depth is not fixed, the kinds are.</summary>
public enum OrgUnitKind
{
    /// <summary>UBND tỉnh / thành phố trực thuộc trung ương.</summary>
    Province,

    /// <summary>Sở, ban, ngành and other provincial agencies.</summary>
    Department,

    /// <summary>UBND cấp huyện (district, town, provincial city).</summary>
    District,

    /// <summary>UBND cấp xã, phường, thị trấn.</summary>
    Commune,

    /// <summary>Bodies outside the administration: MTTQ, media, inspectorate.</summary>
    OtherBody,
}
