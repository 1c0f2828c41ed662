package org.aimilestones.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of the AI Milestones ontology (ontology/ai-milestones.ttl) as Jena constants, in the style of Jena's SKOS vocabulary class. */
public final class AIMIL {

    /** The namespace of the ai-milestones ontology. */
    public static final String NS = "https://w3id.org/ai-milestones/ontology#";

    /** The namespace under which ai-milestones resources (events, people, slides, ...) are named. */
    public static final String RESOURCE_NS = "https://w3id.org/ai-milestones/resource/";

    /** The IRI of the ontology document itself. */
    public static final Resource ONTOLOGY = ResourceFactory.createResource("https://w3id.org/ai-milestones/ontology");

    private AIMIL() {}

    /** @return the namespace of the ai-milestones ontology */
    public static String getURI() {
        return NS;
    }

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS, localName);
    }

    // Classes

    /** Something that happened in the history of AI, as a source states it. */
    public static final Resource Event = resource("Event");

    /** A research result or publication, such as a new model or method. */
    public static final Resource ResearchResult = resource("ResearchResult");

    /** The outcome of a competition, such as an entry winning a challenge. */
    public static final Resource CompetitionResult = resource("CompetitionResult");

    /** A public demonstration of a system or project. */
    public static final Resource Demonstration = resource("Demonstration");

    /** The launch, release or development of a product, system or software. */
    public static final Resource ProductLaunch = resource("ProductLaunch");

    /** The founding of a company, institute or lab; an n-ary event with the founded organization, its founders and the date. */
    public static final Resource Founding = resource("Founding");

    /** One organization acquiring another; an n-ary event with acquirer, acquired organization, date and price. */
    public static final Resource Acquisition = resource("Acquisition");

    /** An investment by one or more investors in an organization. */
    public static final Resource Investment = resource("Investment");

    /** A person being appointed to a role at an organization. */
    public static final Resource Appointment = resource("Appointment");

    /** A recognition such as a listing among breakthrough technologies. */
    public static final Resource Recognition = resource("Recognition");

    /** A milestone before a regulator, such as passing a government self-driving test. */
    public static final Resource RegulatoryMilestone = resource("RegulatoryMilestone");

    /** A development that spread over time, such as a dataset or a kind of hardware becoming standard. */
    public static final Resource IndustryTrend = resource("IndustryTrend");

    /** A meeting of an organization, such as a company's annual meeting. */
    public static final Resource CorporateMeeting = resource("CorporateMeeting");

    /** A competition or challenge, or one edition of it. */
    public static final Resource Competition = resource("Competition");

    /** Where an event's date comes from: stated by the source, taken from the year of the section it is under, or not given. */
    public static final Resource DateBasis = resource("DateBasis");

    /** A person or organization that takes part in events or creates artifacts. */
    public static final Resource Agent = resource("Agent");

    /** A human being. */
    public static final Resource Person = resource("Person");

    /** A company, university, research lab, team or other organized group. */
    public static final Resource Organization = resource("Organization");

    /** A business company. */
    public static final Resource Company = resource("Company");

    /** A university or one of its academic units. */
    public static final Resource University = resource("University");

    /** A research laboratory or institute, often part of a company. */
    public static final Resource ResearchLab = resource("ResearchLab");

    /** A research team, usually named after its leader. */
    public static final Resource Team = resource("Team");

    /** Something made: a model, dataset, piece of hardware, software framework, product or publication. */
    public static final Resource Artifact = resource("Artifact");

    /** A machine-learning model, neural network, algorithm or AI system. */
    public static final Resource Model = resource("Model");

    /** A collection of data used to train or test models. */
    public static final Resource Dataset = resource("Dataset");

    /** A processor, chip or other computing hardware. */
    public static final Resource Hardware = resource("Hardware");

    /** A software framework or library for building AI systems. */
    public static final Resource SoftwareFramework = resource("SoftwareFramework");

    /** A product, platform or service offered to users. */
    public static final Resource Product = resource("Product");

    /** A published work such as a paper or a list of technologies. */
    public static final Resource Publication = resource("Publication");

    /** A field or application area, such as computer vision or drug discovery. */
    public static final Resource Topic = resource("Topic");

    /** A method or technology used to build AI, such as convolutional neural networks or GPU training. */
    public static final Resource Technique = resource("Technique");

    /** A theme under which a source groups its content, such as a section or slide title of the deck. */
    public static final Resource Theme = resource("Theme");

    /** A level of performance a claim compares a system to, such as human-level or superhuman. */
    public static final Resource PerformanceLevel = resource("PerformanceLevel");

    /** A geographic place or region. */
    public static final Resource Place = resource("Place");

    /** An amount of money with its currency, as a source states it. */
    public static final Resource MonetaryAmount = resource("MonetaryAmount");

    /** A document the graph takes its facts from: a slide deck or a video's transcript. */
    public static final Resource Source = resource("Source");

    /** A series of sources by one author, such as the yearly decks on the major AI events. */
    public static final Resource Series = resource("Series");

    /** The subtitle transcript of a video, read as a source: a sequence of cues. */
    public static final Resource Transcript = resource("Transcript");

    /** One subtitle cue of a transcript: its start time in the video, its number and its text. */
    public static final Resource Cue = resource("Cue");

    /** The date one source gives an event where the sources differ. */
    public static final Resource DateClaim = resource("DateClaim");

    /** A presentation that serves as a source of the graph. */
    public static final Resource SlideDeck = resource("SlideDeck");

    /** A part of a source: a section of a slide deck, or a part of a transcript the narration announces. */
    public static final Resource Section = resource("Section");

    /** One slide of a slide deck, numbered in its order in the deck. */
    public static final Resource Slide = resource("Slide");

    /** An online video that a slide links to. */
    public static final Resource Video = resource("Video");

    /** An organization's shares listed on a stock exchange, or an attempt at it. */
    public static final Resource PublicListing = resource("PublicListing");

    /** An organization or product taking a new name. */
    public static final Resource Renaming = resource("Renaming");

    /** A statement made by a source, kept with the source that makes it. */
    public static final Resource Claim = resource("Claim");

    /** A claim about how well a system performs: a metric value, a comparison or a first. */
    public static final Resource PerformanceClaim = resource("PerformanceClaim");

    // Named individuals (the date bases)

    /** The source states the date of the event. */
    public static final Resource DateStated = resource("DateStated");

    /** The source gives no date, but places the event in a section for one year; that year is used. */
    public static final Resource DateFromSection = resource("DateFromSection");

    /** The source gives no date and no dated section; the event stays undated. */
    public static final Resource Undated = resource("Undated");

    /** The source gives no date but covers one year, which is used. */
    public static final Resource DateFromSource = resource("DateFromSource");

    /** Sources give the event different dates, each kept as an aimil:DateClaim. */
    public static final Resource DateDisputed = resource("DateDisputed");

    // Object properties

    /** A person or organization that takes part in the event. */
    public static final Property participant = property("participant");

    /** What an event, claim or video is about: an artifact, organization, concept or other resource. */
    public static final Property about = property("about");

    /** An artifact, technique or organization that the event brought into being. */
    public static final Property produced = property("produced");

    /** The artifact that won the competition. */
    public static final Property winningEntry = property("winningEntry");

    /** The competition whose result this is. */
    public static final Property competition = property("competition");

    /** The event, such as an annual meeting, at which this event was announced. */
    public static final Property announcedAt = property("announcedAt");

    /** A later event that the source presents as following from this one. */
    public static final Property followedBy = property("followedBy");

    /** Where the event took place. */
    public static final Property place = property("place");

    /** The precision of the date, as an OWL-Time unit: time:unitYear, time:unitMonth or time:unitDay. */
    public static final Property datePrecision = property("datePrecision");

    /** Where the date comes from: aimil:DateStated, aimil:DateFromSection or aimil:Undated. */
    public static final Property dateBasis = property("dateBasis");

    /** The organization founded in this founding event. */
    public static final Property foundedOrganization = property("foundedOrganization");

    /** A person, team or organization that founded the organization in this founding event. */
    public static final Property foundedBy = property("foundedBy");

    /** The organization that acquires. */
    public static final Property acquirer = property("acquirer");

    /** The organization that is acquired. */
    public static final Property acquiredOrganization = property("acquiredOrganization");

    /** The price of the acquisition, as an amount with currency and the source that states it. */
    public static final Property price = property("price");

    /** An agent that invests. */
    public static final Property investor = property("investor");

    /** The organization that receives the investment. */
    public static final Property investee = property("investee");

    /** The person appointed. */
    public static final Property appointee = property("appointee");

    /** The organization that makes the appointment. */
    public static final Property appointingOrganization = property("appointingOrganization");

    /** A founder of the organization; shortcut of the founding event's aimil:foundedBy. */
    public static final Property founder = property("founder");

    /** The organization that acquired this one; shortcut of the acquisition event. */
    public static final Property acquiredBy = property("acquiredBy");

    /** An agent that invested in this organization; shortcut of the investment event. */
    public static final Property funder = property("funder");

    /** An organization the person belongs to or works at. */
    public static final Property affiliation = property("affiliation");

    /** An organization the person works for; shortcut of an appointment where there is one. */
    public static final Property employer = property("employer");

    /** An educational organization the person graduated from. */
    public static final Property alumniOf = property("alumniOf");

    /** A team or organization the agent is a member of. */
    public static final Property memberOf = property("memberOf");

    /** A team or organization the person leads. */
    public static final Property leads = property("leads");

    /** The organization this one is a unit of. */
    public static final Property partOf = property("partOf");

    /** Where the organization is located. */
    public static final Property basedIn = property("basedIn");

    /** A market the organization concentrates on. */
    public static final Property marketFocus = property("marketFocus");

    /** An agent that created, developed or makes the artifact or document. */
    public static final Property creator = property("creator");

    /** A technique the artifact or event uses. */
    public static final Property usesTechnique = property("usesTechnique");

    /** A field or application area the resource belongs to. */
    public static final Property topic = property("topic");

    /** A test bed the artifact was shown on, such as Atari games. */
    public static final Property evaluatedOn = property("evaluatedOn");

    /** A larger place that contains this one. */
    public static final Property containedInPlace = property("containedInPlace");

    /** The source, usually a slide, that states this resource or claim. */
    public static final Property statedIn = property("statedIn");

    /** The level the claim compares the system to. */
    public static final Property performanceLevel = property("performanceLevel");

    /** The task, competition or test bed the performance is measured on. */
    public static final Property task = property("task");

    /** The section a slide belongs to. */
    public static final Property inSection = property("inSection");

    /** The slide deck a section or slide belongs to. */
    public static final Property inDeck = property("inDeck");

    /** The source a section, slide or cue belongs to. */
    public static final Property inSource = property("inSource");

    /** The series a source belongs to. */
    public static final Property inSeries = property("inSeries");

    /** A year whose events the source recounts. */
    public static final Property coversYear = property("coversYear");

    /** The date a date claim gives its event. */
    public static final Property claimedDate = property("claimedDate");

    /** An amount of money an event involves as its source states it. */
    public static final Property amount = property("amount");

    /** An artifact this artifact builds on, where a source says so. */
    public static final Property basedOn = property("basedOn");

    /** The words of a cue, verbatim. */
    public static final Property cueText = property("cueText");

    /** The theme of a section or slide. */
    public static final Property theme = property("theme");

    /** A video the slide links to. */
    public static final Property video = property("video");

    /** The link to the video exactly as the source gives it. */
    public static final Property watchUrl = property("watchUrl");

    // Inverse object properties (new in 0.2.0; declared with owl:inverseOf, not materialized by the RDFS closure)

    /** An organization this person, team or organization founded; the inverse of aimil:founder. */
    public static final Property founderOf = property("founderOf");

    /** A person or organization that is a member of this team or organization; the inverse of aimil:memberOf. */
    public static final Property hasMember = property("hasMember");

    /** The event that brought this artifact, technique or organization into being; the inverse of aimil:produced. */
    public static final Property producedBy = property("producedBy");

    /** An organization that is a unit of this one; the inverse of aimil:partOf. */
    public static final Property hasPart = property("hasPart");

    /** A person who leads this team or organization; the inverse of aimil:leads. */
    public static final Property ledBy = property("ledBy");

    /** An artifact or document this agent created, developed or makes; the inverse of aimil:creator. */
    public static final Property creatorOf = property("creatorOf");

    /** An organization this one acquired; the inverse of aimil:acquiredBy. */
    public static final Property acquired = property("acquired");

    /** A resource or claim this source, usually a slide, states; the inverse of aimil:statedIn. */
    public static final Property states = property("states");

    /** A smaller place that this one contains; the inverse of aimil:containedInPlace. */
    public static final Property containsPlace = property("containsPlace");

    // Datatype properties

    /** The date of the event at the precision the source gives: xsd:gYear, xsd:gYearMonth or xsd:date. */
    public static final Property date = property("date");

    /** The first day of the period given by the date, as xsd:date, so that dates of mixed precision sort together. */
    public static final Property sortDate = property("sortDate");

    /** What the source says the event meant or marked. */
    public static final Property significance = property("significance");

    /** The title of the role the person is appointed to. */
    public static final Property roleTitle = property("roleTitle");

    /** When the organization was founded, at the precision the source gives. */
    public static final Property foundingDate = property("foundingDate");

    /** The person's job title as the source gives it. */
    public static final Property jobTitle = property("jobTitle");

    /** The source's own words for the statement, verbatim. */
    public static final Property quote = property("quote");

    /** The name of the measured quantity as the source gives it, such as accuracy. */
    public static final Property metric = property("metric");

    /** A numeric value of a claim or amount. */
    public static final Property value = property("value");

    /** The unit of the value, such as percent. */
    public static final Property unitText = property("unitText");

    /** The currency of the amount as an ISO 4217 code. */
    public static final Property currency = property("currency");

    /** True when the source claims this was the first of its kind. */
    public static final Property isFirst = property("isFirst");

    /** Deprecated: the confidence now sits on the link resource ({@link #linkConfidence}). */
    public static final Property wikidataLinkConfidence = property("wikidataLinkConfidence");

    /** The position of a slide or section in its deck, counted from 1 in the order of the text. */
    public static final Property number = property("number");

    /** The title of a deck, section or slide: verbatim in the source language, and translated. */
    public static final Property title = property("title");

    /** The year a section of the deck is about, where its title names one. */
    public static final Property sectionYear = property("sectionYear");

    /** Where the link starts playing, as an xsd:duration from the start of the video. */
    public static final Property startOffset = property("startOffset");

    /** The search term encoded in the link's pp parameter, decoded. */
    public static final Property searchTerm = property("searchTerm");

    /** Where the original file of the deck is kept, as repository and path. */
    public static final Property sourceLocation = property("sourceLocation");

    // Links out, each with its evidence (the last section of ontology/ai-milestones.ttl) --------------------------

    /** A link out of the graph restated as a resource of its own, with its evidence. */
    public static final Resource Link = resource("Link");

    /** The resource of this graph that the link starts from (SSSOM's subject_id). */
    public static final Property linkSubject = property("linkSubject");

    /** The property of the plain link triple (SSSOM's predicate_id). */
    public static final Property linkPredicate = property("linkPredicate");

    /** The thing outside this graph that the link points to, by its identifier (SSSOM's object_id). */
    public static final Property linkObject = property("linkObject");

    /** A public document in which the identifier was seen stated for this thing (SSSOM's see_also). */
    public static final Property evidence = property("evidence");

    /** How well the link is attested: "confirmed" or "single-source". */
    public static final Property linkConfidence = property("linkConfidence");

    /** The day the evidence of the link was last looked at (SSSOM's mapping_date). */
    public static final Property dateChecked = property("dateChecked");
}
