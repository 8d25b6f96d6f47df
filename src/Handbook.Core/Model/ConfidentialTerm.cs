namespace Handbook.Model;

/// <summary>
/// A word or phrase that must not leave the author's machine in a share build (<c>--share</c>): a customer, a
/// codename, an internal host. From <c>confidential:</c> in <c>handbook.yml</c> or in a story's front matter.
/// </summary>
/// <param name="Term">What is confidential, matched case-insensitively on word boundaries.</param>
/// <param name="StandIn">What the share build writes in its place.</param>
public sealed record ConfidentialTerm(string Term, string StandIn)
{
    /// <summary>The stand-in of a term given in a list rather than a map.</summary>
    public const string DefaultStandIn = "[redacted]";
}
