namespace DefactoPop.Core.Reference;

/// <summary>Who a registered-population figure counts (구분 계 / 한국인 / 외국인).</summary>
public enum RegisteredGroup
{
    All = 0,
    Korean = 1,
    Foreign = 2,
}
