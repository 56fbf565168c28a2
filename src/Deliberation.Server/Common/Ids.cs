namespace Deliberation.Server.Common;

/// <summary>Ids in requests are validated as UUIDs before an RPC sees them.</summary>
internal static class Ids
{
    public static Guid Of(string validated) => Guid.Parse(validated);

    public static string Text(Guid? id) => id?.ToString() ?? "";
}
