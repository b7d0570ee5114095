namespace DefactoPop.Web.Queries;

/// <summary>A level's GeoJSON with precompressed copies and a content version (also the ETag).</summary>
public sealed record GeometryFile(byte[] Raw, byte[] Gzip, byte[] Brotli, string Version, int FeatureCount);
