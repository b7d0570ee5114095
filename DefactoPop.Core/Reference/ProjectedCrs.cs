namespace DefactoPop.Core.Reference;

/// <summary>The Korean projected systems Seoul's boundary files come in.</summary>
public enum ProjectedCrs
{
    /// <summary>EPSG:5179 Korea 2000 / Unified CS (UTM-K).</summary>
    Epsg5179 = 5179,

    /// <summary>EPSG:5186 Korea 2000 / Central Belt 2010.</summary>
    Epsg5186 = 5186,

    /// <summary>EPSG:5181 Korea 2000 / Central Belt (false northing 500,000: the older TM of many city tables).</summary>
    Epsg5181 = 5181,
}
