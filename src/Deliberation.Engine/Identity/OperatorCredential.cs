using System.Security.Cryptography;
using System.Text;
using JasperFx;
using Marten;

namespace Deliberation.Engine.Identity;

/// <summary>
/// The operator's credential: made at the first start and shown once, kept only as a hash in the database
/// (so every node of the engine knows it).
/// </summary>
public sealed class OperatorCredential
{
    public const string DocumentId = "operator";

    public string Id { get; init; } = DocumentId;
    public required string Hash { get; init; }

    public static string HashOf(string credential) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(credential)));

    /// <summary>Creates the credential unless one exists; returns it only if this call created it.</summary>
    public static async Task<string?> EnsureAsync(IDocumentStore store, string? chosen, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        if (await session.LoadAsync<OperatorCredential>(DocumentId, cancellationToken) is not null) return null;
        var credential = chosen ?? Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        session.Insert(new OperatorCredential { Hash = HashOf(credential) });
        try
        {
            await session.SaveChangesAsync(cancellationToken);
            return credential;
        }
        catch (DocumentAlreadyExistsException)
        {
            return null; // another node made it first, and showed it
        }
    }

    public static async Task<bool> VerifyAsync(IDocumentStore store, string credential, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var stored = await session.LoadAsync<OperatorCredential>(DocumentId, cancellationToken);
        return stored is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored.Hash), Encoding.ASCII.GetBytes(HashOf(credential)));
    }
}
