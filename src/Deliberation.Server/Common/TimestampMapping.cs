using Google.Protobuf.WellKnownTypes;

namespace Deliberation.Server.Common;

internal static class TimestampMapping
{
    public static Timestamp ToApi(this DateTimeOffset at) => Timestamp.FromDateTimeOffset(at);

    public static Timestamp? ToApi(this DateTimeOffset? at) => at is { } value ? Timestamp.FromDateTimeOffset(value) : null;
}
