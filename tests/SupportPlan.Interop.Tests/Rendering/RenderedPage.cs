using System.Xml;
using System.Xml.Linq;

namespace SupportPlan.Interop.Tests.Rendering;

/// <summary>
/// A rendered page parsed as XML (the renderer writes XHTML-compatible markup, so a strict XML parser is the
/// well-formedness check), with helpers to read its text and its withheld markers.
/// </summary>
internal sealed class RenderedPage
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private RenderedPage(string html, XDocument document)
    {
        Html = html;
        Document = document;
    }

    public string Html { get; }

    public XDocument Document { get; }

    /// <summary>The text of the body, as a reader sees it (markup gone, entities decoded).</summary>
    public string BodyText => Element("body").Value;

    /// <summary>Parses the page; fails the test when it is not well-formed.</summary>
    public static RenderedPage Parse(string html)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, CheckCharacters = true, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(html), settings);
        XDocument document;
        try
        {
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new Xunit.Sdk.XunitException($"The page is not well-formed: {e.Message}\n{Excerpt(html, e.LineNumber)}");
        }

        return new RenderedPage(html, document);
    }

    public XElement Element(string name) => Document.Descendants(Xhtml + name).First();

    public IEnumerable<XElement> Elements(string name) => Document.Descendants(Xhtml + name);

    /// <summary>The sheet sections (one printed page each at least).</summary>
    public IReadOnlyList<XElement> Sheets => [.. Elements("section").Where(s => (string?)s.Attribute("class") == "sheet")];

    /// <summary>The withheld markers: (the item's label, the marker text).</summary>
    public IReadOnlyList<(string Label, string Text)> Markers(XElement? within = null) =>
        [.. (within ?? Document.Root!).Descendants(Xhtml + "span")
            .Where(s => (string?)s.Attribute("class") == "withheld")
            .Select(s => ((string?)s.Attribute("title") ?? string.Empty, s.Value))];

    private static string Excerpt(string html, int line)
    {
        var lines = html.Split('\n');
        return line >= 1 && line <= lines.Length ? lines[line - 1] : string.Empty;
    }
}
