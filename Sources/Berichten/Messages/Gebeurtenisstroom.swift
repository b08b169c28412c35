internal import Dispatch
import Foundation
internal import Synchronization

/// Parses a large message on a second thread while the calling thread builds the model: the
/// parsing thread runs libxml2 (reading, XSD validation) and copies each step into blocks; the
/// caller takes the blocks in order. With two cores the model costs no wall time, and reading
/// is limited by libxml2 alone.
///
/// Ownership: the reader is used only by the parsing thread from ``start(_:)`` until
/// ``volgende()`` has returned `nil` (or thrown); after that only by the caller again. The
/// hand-over goes through the queue's lock, so the caller sees everything the thread did.
final class Gebeurtenisstroom: @unchecked Sendable {
    private struct Wachtrij {
        var blokken: [Gebeurtenisblok] = []
        var klaar = false
        var fout: XMLReadError?
    }

    private let wachtrij = Mutex(Wachtrij())
    /// Blocks (plus the final "done") waiting for the caller.
    private let gevuld = DispatchSemaphore(value: 0)
    /// Room for blocks the caller has not taken yet: bounds the memory in flight.
    private let ruimte = DispatchSemaphore(value: 4)
    private let reader: XMLStreamReader

    private init(_ reader: XMLStreamReader) {
        self.reader = reader
    }

    /// Starts parsing `reader` on a new thread.
    static func start(_ reader: XMLStreamReader) -> Gebeurtenisstroom {
        let stroom = Gebeurtenisstroom(reader)
        let thread = Thread { stroom.produceer() }
        thread.name = "berichtd-xml"
        thread.start()
        return stroom
    }

    /// The next block in document order; `nil` after the last one. Throws what the reader
    /// threw, after every block before the error.
    func volgende() throws(XMLReadError) -> Gebeurtenisblok? {
        gevuld.wait()
        let (blok, fout): (Gebeurtenisblok?, XMLReadError?) = wachtrij.withLock { rij in
            if !rij.blokken.isEmpty { return (rij.blokken.removeFirst(), nil) }
            return (nil, rij.fout)
        }
        if let blok {
            ruimte.signal()
            return blok
        }
        gevuld.signal()  // stay "done" for a caller that asks again
        if let fout { throw fout }
        return nil
    }

    private func produceer() {
        var blok = Gebeurtenisblok()
        var elementen: [Element] = []
        do throws(XMLReadError) {
            while let stap = try reader.step() {
                switch stap {
                case .start:
                    let id = Int(reader.localNameID)
                    while elementen.count <= id {
                        elementen.append(Element(rawValue: reader.localName(Int32(elementen.count))) ?? .anders)
                    }
                    let element = elementen[id]
                    blok.soorten.append(0)
                    blok.elementen.append(element)
                    if element.heeftBronpositie {
                        blok.posities.append(Bronpositie(pad: reader.currentPath, regel: reader.line))
                    }
                case .text:
                    blok.soorten.append(1)
                    reader.appendText(to: &blok.bytes)
                    blok.tekstEinden.append(blok.bytes.count)
                case .end:
                    blok.soorten.append(2)
                }
                if blok.soorten.count >= Gebeurtenisblok.grootte {
                    stuur(blok)
                    blok = Gebeurtenisblok()
                }
            }
            stuur(blok)
            sluit(nil)
        } catch {
            stuur(blok)
            sluit(error)
        }
    }

    private func stuur(_ blok: Gebeurtenisblok) {
        ruimte.wait()
        wachtrij.withLock { $0.blokken.append(blok) }
        gevuld.signal()
    }

    private func sluit(_ fout: XMLReadError?) {
        wachtrij.withLock {
            $0.klaar = true
            $0.fout = fout
        }
        gevuld.signal()
    }
}
