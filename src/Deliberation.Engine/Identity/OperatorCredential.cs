using System.Security.Cryptography;
using System.Text;
using JasperFx;
using Marten;

namespace Deliberation.Engine.Identity;

/// <summary>
/// The operator's credential: made at the first start and shown once, or chosen by the deployment.
/// The database keeps only a salted, slow hash (PBKDF2), so every node knows it and nobody can read it back.
/// </summary>
public sealed class OperatorCredential
{
    public const string DocumentId = "operator";
    private const int Iterations = 100_000;

    public string Id { get; init; } = DocumentId;
    public required string Salt { get; init; }
    public required string Hash { get; init; }

    public enum Outcome
    {
        Kept,
        Created,
        Replaced,
    }

    /// <summary>
    /// Makes the credential if there is none, or sets the chosen one if it differs from the one kept
    /// (so a leaked credential is replaced by starting with a new one). Returns what it did, and the
    /// credential when it made one.
    /// </summary>
    public static async Task<(Outcome Outcome, string? Credential)> EnsureAsync(IDocumentStore store, string? chosen, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        var stored = await session.LoadAsync<OperatorCredential>(DocumentId, cancellationToken);
        if (stored is not null && (chosen is null || stored.Matches(chosen))) return (Outcome.Kept, null);

        var credential = chosen ?? Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        var salt = RandomNumberGenerator.GetBytes(16);
        var replacement = new OperatorCredential { Salt = Convert.ToHexString(salt), Hash = HashOf(credential, salt) };
        if (stored is null) session.Insert(replacement);
        else session.Update(replacement);
        try
        {
            await session.SaveChangesAsync(cancellationToken);
            return (stored is null ? Outcome.Created : Outcome.Replaced, credential);
        }
        catch (DocumentAlreadyExistsException)
        {
            return (Outcome.Kept, null); // another node made it first, and showed it
        }
    }

    public static async Task<bool> VerifyAsync(IDocumentStore store, string credential, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var stored = await session.LoadAsync<OperatorCredential>(DocumentId, cancellationToken);
        return stored is not null && stored.Matches(credential);
    }

    private bool Matches(string credential) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash), Encoding.ASCII.GetBytes(HashOf(credential, Convert.FromHexString(Salt))));

    private static string HashOf(string credential, byte[] salt) =>
        Convert.ToHexString(Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(credential), salt, Iterations, HashAlgorithmName.SHA256, 32));
}
