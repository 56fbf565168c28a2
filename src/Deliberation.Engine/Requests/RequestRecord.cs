using System.Text.Json;

namespace Deliberation.Engine.Requests;

/// <summary>
/// The answer to a request, stored in the same transaction as the events it recorded, so that
/// a retry with the same request id gets the first answer and records nothing.
/// </summary>
public sealed class RequestRecord
{
    public required string Id { get; init; }
    public required string Fingerprint { get; init; }
    public required string Result { get; init; }
    public DateTimeOffset RecordedAt { get; init; }

    public static RequestRecord For<TResult>(RequestKey key, TResult result, DateTimeOffset now) => new()
    {
        Id = key.Id,
        Fingerprint = key.Fingerprint,
        Result = JsonSerializer.Serialize(result, ResultJson.Options),
        RecordedAt = now,
    };

    public TResult ResultFor<TResult>(RequestKey key) =>
        key.Fingerprint == Fingerprint
            ? JsonSerializer.Deserialize<TResult>(Result, ResultJson.Options)!
            : throw new RequestIdReused(key);
}
