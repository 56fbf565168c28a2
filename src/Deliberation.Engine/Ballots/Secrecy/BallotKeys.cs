using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Deliberation.Domain.Ballots;
using Deliberation.Engine.Identity;
using Deliberation.Tally.Motions;

namespace Deliberation.Engine.Ballots.Secrecy;

/// <summary>
/// The keys of open secret ballots, kept outside the database: one file per ballot in the engine's
/// data folder (owner-only, like the signing key; engine nodes share the folder as they share that
/// key), made when the ballot opens and deleted when it closes. While a ballot is open its votes'
/// papers (choice and receipt) are stored only under its key (AES-256-GCM); once the key is gone,
/// what the database keeps links no voter to any choice.
/// </summary>
public sealed class BallotKeys(string folder)
{
    private const int NonceSize = 12, TagSize = 16;
    private static readonly JsonSerializerOptions PaperJson = new() { Converters = { new JsonStringEnumConverter() } };
    private readonly ConcurrentDictionary<Guid, byte[]> known = new();

    public void Create(Guid ballotId)
    {
        var key = RandomNumberGenerator.GetBytes(32);
        if (!SecretFile.TryCreate(PathOf(ballotId), Convert.ToBase64String(key)))
            throw new InvalidOperationException($"Ballot {ballotId} has a key already.");
        known[ballotId] = key;
    }

    /// <summary>The choice (or marks) and receipt of a vote, encrypted; a fresh nonce each time, so equal choices look different.</summary>
    public string Seal(Guid ballotId, OpenedPaper paper)
    {
        var plain = JsonSerializer.SerializeToUtf8Bytes(paper, PaperJson);
        var sealedBytes = new byte[NonceSize + TagSize + plain.Length];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(KeyOf(ballotId), TagSize);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), ballotId.ToByteArray());
        return Convert.ToBase64String(sealedBytes);
    }

    public OpenedPaper Unseal(Guid ballotId, string sealedPaper)
    {
        var sealedBytes = Convert.FromBase64String(sealedPaper);
        var plain = new byte[sealedBytes.Length - NonceSize - TagSize];
        using var aes = new AesGcm(KeyOf(ballotId), TagSize);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), plain, ballotId.ToByteArray());
        if (plain.Length > 0 && plain[0] == (byte)'{') return JsonSerializer.Deserialize<OpenedPaper>(plain, PaperJson)!;
        // Papers sealed before options ballots existed read "Choice|Receipt".
        var parts = Encoding.UTF8.GetString(plain).Split('|');
        return new OpenedPaper(Enum.Parse<MotionChoice>(parts[0]), null, parts[1]);
    }

    /// <summary>The same, or null once the ballot's key is gone.</summary>
    public OpenedPaper? TryUnseal(Guid ballotId, string sealedPaper)
    {
        try
        {
            return Unseal(ballotId, sealedPaper);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException)
        {
            // The ballot closed (and its key went) between the vote's answer and this read.
            return null;
        }
    }

    public bool Exists(Guid ballotId) => known.ContainsKey(ballotId) || File.Exists(PathOf(ballotId));

    /// <summary>Deletes the key for good: what was sealed under it can no longer be opened, by anyone.</summary>
    public void Destroy(Guid ballotId)
    {
        known.TryRemove(ballotId, out _);
        File.Delete(PathOf(ballotId));
    }

    private byte[] KeyOf(Guid ballotId) =>
        known.GetOrAdd(ballotId, id => File.Exists(PathOf(id))
            ? Convert.FromBase64String(File.ReadAllText(PathOf(id)))
            : throw new InvalidOperationException($"The key of secret ballot {id} is gone: the ballot is closed, or its key file was lost."));

    private string PathOf(Guid ballotId) => Path.Combine(folder, $"{ballotId:N}.key");
}
