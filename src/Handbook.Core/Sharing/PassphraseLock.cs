using System.Security.Cryptography;
using System.Text;

namespace Handbook.Sharing;

/// <summary>
/// The key a locked share build encrypts with: derived from the passphrase by PBKDF2-SHA256 with a random salt,
/// once per build. Holds the key, never the passphrase, and prints as nothing.
/// </summary>
public sealed class PassphraseLock
{
    /// <summary>PBKDF2 rounds of a real build (OWASP's figure for PBKDF2-SHA256); the browser repeats them once per session.</summary>
    public const int Iterations = 600_000;

    /// <summary>The environment variable the command line reads the passphrase from.</summary>
    public const string EnvironmentVariable = "HANDBOOK_PASSPHRASE";

    private const int SaltBytes = 16;
    private const int KeyBytes = 32;
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    private readonly byte[] _key;

    /// <summary>Derives the key for <paramref name="passphrase"/> with a fresh salt and <see cref="Iterations"/> rounds.</summary>
    public PassphraseLock(string passphrase) : this(passphrase, Iterations)
    {
    }

    // Tests only: fewer rounds, so that a suite of locked builds does not spend minutes deriving keys.
    internal PassphraseLock(string passphrase, int iterations)
    {
        ArgumentException.ThrowIfNullOrEmpty(passphrase);
        Salt = RandomNumberGenerator.GetBytes(SaltBytes);
        Rounds = iterations;
        _key = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(passphrase), Salt, iterations, HashAlgorithmName.SHA256, KeyBytes);
    }

    /// <summary>The build's random salt.</summary>
    public byte[] Salt { get; }

    /// <summary>The PBKDF2 rounds the browser must repeat.</summary>
    public int Rounds { get; }

    /// <summary>AES-256-GCM with a fresh nonce: nonce, then ciphertext, then tag (the order WebCrypto reads).</summary>
    public byte[] Encrypt(ReadOnlySpan<byte> plaintext)
    {
        var sealedBytes = new byte[NonceBytes + plaintext.Length + TagBytes];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagBytes);
        aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(NonceBytes, plaintext.Length), sealedBytes.AsSpan(NonceBytes + plaintext.Length));
        return sealedBytes;
    }

    /// <summary>The reverse of <see cref="Encrypt"/>; throws <see cref="AuthenticationTagMismatchException"/> for another key.</summary>
    public byte[] Decrypt(ReadOnlySpan<byte> sealedBytes)
    {
        var length = sealedBytes.Length - NonceBytes - TagBytes;
        var plaintext = new byte[length];
        using var aes = new AesGcm(_key, TagBytes);
        aes.Decrypt(sealedBytes[..NonceBytes], sealedBytes.Slice(NonceBytes, length), sealedBytes[(NonceBytes + length)..], plaintext);
        return plaintext;
    }

    /// <inheritdoc />
    public override string ToString() => "PassphraseLock";
}
