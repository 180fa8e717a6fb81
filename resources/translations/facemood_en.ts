<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../facemood/gui/about.py" line="80" />
      <source>About FaceMood</source>
      <translation>About FaceMood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="104" />
      <source>Plays music from your own library that fits the mood your face shows.</source>
      <translation>Plays music from your own library that fits the mood your face shows.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="105" />
      <source>How it works</source>
      <translation>How it works</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="108" />
      <source>FaceMood finds your face in the camera picture and reads its expression (angry, disgusted, afraid, happy, sad, surprised or neutral) with a small neural network. It follows the mood that lasts a moment, so a glance does not change the music. It can match your mood or lift it, and you can always choose the music yourself.</source>
      <translation>FaceMood finds your face in the camera picture and reads its expression (angry, disgusted, afraid, happy, sad, surprised or neutral) with a small neural network. It follows the mood that lasts a moment, so a glance does not change the music. It can match your mood or lift it, and you can always choose the music yourself.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="115" />
      <source>Your privacy</source>
      <translation>Your privacy</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="118" />
      <source>Everything runs on this computer, without a network connection. Camera pictures are never stored or sent anywhere; only photos you capture yourself (Shift+C) are saved.</source>
      <translation>Everything runs on this computer, without a network connection. Camera pictures are never stored or sent anywhere; only photos you capture yourself (Shift+C) are saved.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="123" />
      <source>How reliable it is</source>
      <translation>How reliable it is</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="126" />
      <source>Like people, it is sure of clear expressions and unsure of subtle ones. Dim light, a face turned away or glasses with reflections make it less reliable; recording your neutral face (Mood menu) helps it know you.</source>
      <translation>Like people, it is sure of clear expressions and unsure of subtle ones. Dim light, a face turned away or glasses with reflections make it less reliable; recording your neutral face (Mood menu) helps it know you.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="136" />
      <source>The model card: how the model was trained and tested</source>
      <translation>The model card: how the model was trained and tested</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="140" />
      <source>Sample photos</source>
      <translation>Sample photos</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="142" />
      <source>Face detector: MediaPipe BlazeFace (Google, Apache 2.0)</source>
      <translation>Face detector: MediaPipe BlazeFace (Google, Apache 2.0)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="144" />
      <source>Demo music, made for FaceMood</source>
      <translation>Demo music, made for FaceMood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="145" />
      <source>Korean font: a subset of NanumGothic (NAVER, SIL OFL 1.1)</source>
      <translation>Korean font: a subset of NanumGothic (NAVER, SIL OFL 1.1)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="147" />
      <source>Credits</source>
      <translation>Credits</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="156" />
      <source>Made with</source>
      <translation>Made with</translation>
    </message>
  </context>
  <context>
    <name>CrashReports</name>
    <message>
      <location filename="../../facemood/gui/about.py" line="177" />
      <source>Crash reports</source>
      <translation>Crash reports</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="179" />
      <source>No new crash reports.</source>
      <translation>No new crash reports.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="183" />
      <source>FaceMood closed unexpectedly last time. {n} crash report(s) were saved.</source>
      <translation>FaceMood closed unexpectedly last time. {n} crash report(s) were saved.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="189" />
      <source>The report stays on this computer. Please attach it when you report the problem.</source>
      <translation>The report stays on this computer. Please attach it when you report the problem.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="200" />
      <source>Open folder</source>
      <translation>Open folder</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="203" />
      <source>Dismiss</source>
      <translation>Dismiss</translation>
    </message>
  </context>
  <context>
    <name>Emotion</name>
    <message>
      <location filename="../../facemood/gui/texts.py" line="17" />
      <source>angry</source>
      <translation>angry</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="18" />
      <source>disgusted</source>
      <translation>disgusted</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="19" />
      <source>afraid</source>
      <translation>afraid</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="20" />
      <source>happy</source>
      <translation>happy</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="21" />
      <source>sad</source>
      <translation>sad</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="22" />
      <source>surprised</source>
      <translation>surprised</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="23" />
      <source>neutral</source>
      <translation>neutral</translation>
    </message>
  </context>
  <context>
    <name>LibraryPanel</name>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="223" />
      <source>Choose folder…</source>
      <translation>Choose folder…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="224" />
      <source>Rescan</source>
      <translation>Rescan</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="225" />
      <source>Cancel scan</source>
      <translation>Cancel scan</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="226" />
      <location filename="../../facemood/gui/library_panel.py" line="228" />
      <source>Mood</source>
      <translation>Mood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="226" />
      <source>Tracks</source>
      <translation>Tracks</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="228" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="228" />
      <source>Artist</source>
      <translation>Artist</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="228" />
      <location filename="../../facemood/gui/library_panel.py" line="230" />
      <source>File</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="230" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="231" />
      <source>Tracks (double-click to play, right-click for more)</source>
      <translation>Tracks (double-click to play, right-click for more)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="232" />
      <source>Tracks per mood</source>
      <translation>Tracks per mood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="233" />
      <source>Skipped files</source>
      <translation>Skipped files</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="234" />
      <source>Tag selected tracks as</source>
      <translation>Tag selected tracks as</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="235" />
      <source>Write tag</source>
      <translation>Write tag</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="249" />
      <source>Music folder: {path}</source>
      <translation>Music folder: {path}</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="255" />
      <location filename="../../facemood/gui/library_panel.py" line="261" />
      <source>Scanning…</source>
      <translation>Scanning…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="266" />
      <source>{done} of {total} files</source>
      <translation>{done} of {total} files</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="275" />
      <source>Listening to untagged tracks: {done} of {total}</source>
      <translation>Listening to untagged tracks: {done} of {total}</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="283" />
      <source>{mood} · estimated {percent} %</source>
      <translation>{mood} · estimated {percent} %</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="295" />
      <source>Estimated from the audio: energy {arousal} %, positive mood {valence} %, {tempo} BPM, {mode}. Tag it to correct it.</source>
      <translation>Estimated from the audio: energy {arousal} %, positive mood {valence} %, {tempo} BPM, {mode}. Tag it to correct it.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="301" />
      <source>major</source>
      <translation>major</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="301" />
      <source>minor</source>
      <translation>minor</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="306" />
      <source>Mood from its {source}: {raw}</source>
      <translation>Mood from its {source}: {raw}</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="316" />
      <source>mood tag</source>
      <translation>mood tag</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="317" />
      <source>folder</source>
      <translation>folder</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="318" />
      <source>playlist</source>
      <translation>playlist</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="319" />
      <source>genre</source>
      <translation>genre</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="336" />
      <source>{tracks} tracks, {skipped} skipped</source>
      <translation>{tracks} tracks, {skipped} skipped</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="340" />
      <source>(cancelled)</source>
      <translation>(cancelled)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="385" />
      <source>Play</source>
      <translation>Play</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="386" />
      <source>Tag as</source>
      <translation>Tag as</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="393" />
      <source>Write the estimated moods as tags</source>
      <translation>Write the estimated moods as tags</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="396" />
      <source>Show in folder</source>
      <translation>Show in folder</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="424" />
      <source>Select tracks first.</source>
      <translation>Select tracks first.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="430" />
      <source>{n} files tagged.</source>
      <translation>{n} files tagged.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="432" />
      <source>{n} failed: {why}</source>
      <translation>{n} failed: {why}</translation>
    </message>
  </context>
  <context>
    <name>LiveView</name>
    <message>
      <location filename="../../facemood/gui/live_view.py" line="103" />
      <source>Emotions (thick: smoothed, thin: this frame)</source>
      <translation>Emotions (thick: smoothed, thin: this frame)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/live_view.py" line="104" />
      <source>Now playing</source>
      <translation>Now playing</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/live_view.py" line="105" />
      <source>Up next in this mood (double-click to play)</source>
      <translation>Up next in this mood (double-click to play)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/live_view.py" line="107" />
      <source>Analysis paused — the camera is off.
Resume with File → Resume analysis.</source>
      <translation>Analysis paused — the camera is off.
Resume with File → Resume analysis.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="252" />
      <source>FaceMood</source>
      <translation>FaceMood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="253" />
      <source>Live</source>
      <translation>Live</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="254" />
      <source>Library</source>
      <translation>Library</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="297" />
      <source>Open a video or photo</source>
      <translation>Open a video or photo</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="299" />
      <source>Videos and photos ({patterns});;All files (*)</source>
      <translation>Videos and photos ({patterns});;All files (*)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="387" />
      <source>{fps:.0f} fps</source>
      <translation>{fps:.0f} fps</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="388" />
      <source>analysis {ms:.1f} ms</source>
      <translation>analysis {ms:.1f} ms</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="390" />
      <source>- fps</source>
      <translation>- fps</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/photo_capture.py" line="60" />
      <source>Saved to {path}</source>
      <translation>Saved to {path}</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/photo_capture.py" line="68" />
      <source>The photo could not be saved: {why}</source>
      <translation>The photo could not be saved: {why}</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teaching.py" line="64" />
      <source>Start the camera to teach it your face</source>
      <translation>Start the camera to teach it your face</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teaching.py" line="76" />
      <source>FaceMood now knows your face</source>
      <translation>FaceMood now knows your face</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teaching.py" line="82" />
      <source>What you taught was removed</source>
      <translation>What you taught was removed</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/notices.py" line="37" />
      <source>Warnings of this session</source>
      <translation>Warnings of this session</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/notices.py" line="43" />
      <source>Warnings</source>
      <translation>Warnings</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/notices.py" line="45" />
      <source>{n} warnings in this session:</source>
      <translation>{n} warnings in this session:</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/application.py" line="215" />
      <source>FaceMood is still playing</source>
      <translation>FaceMood is still playing</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/application.py" line="216" />
      <source>It keeps running here. Quit it from this icon's menu.</source>
      <translation>It keeps running here. Quit it from this icon's menu.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/tray.py" line="82" />
      <source>Close FaceMood</source>
      <translation>Close FaceMood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/tray.py" line="84" />
      <source>Closing the window stops FaceMood and its music.</source>
      <translation>Closing the window stops FaceMood and its music.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/tray.py" line="87" />
      <source>FaceMood can keep playing in the system tray instead. You can change this any time in Settings → Window → Keep running in the tray.</source>
      <translation>FaceMood can keep playing in the system tray instead. You can change this any time in Settings → Window → Keep running in the tray.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/tray.py" line="94" />
      <source>Keep running in the tray</source>
      <translation>Keep running in the tray</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/tray.py" line="98" />
      <source>Quit</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/photo_capture.py" line="48" />
      <source>Nothing to capture yet</source>
      <translation>Nothing to capture yet</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_flow.py" line="69" />
      <source>Choose your music folder</source>
      <translation>Choose your music folder</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="453" />
      <source>Library: {n} tracks</source>
      <translation>Library: {n} tracks</translation>
    </message>
  </context>
  <context>
    <name>Message</name>
    <message>
      <location filename="../../facemood/gui/texts.py" line="43" />
      <source>You look angry</source>
      <translation>You look angry</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="44" />
      <source>You look disgusted</source>
      <translation>You look disgusted</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="45" />
      <source>You look worried</source>
      <translation>You look worried</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="46" />
      <source>You look happy</source>
      <translation>You look happy</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="47" />
      <source>You look sad</source>
      <translation>You look sad</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="48" />
      <source>You look surprised</source>
      <translation>You look surprised</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="49" />
      <source>You look relaxed</source>
      <translation>You look relaxed</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="57" />
      <source>here is something to keep you smiling</source>
      <translation>here is something to keep you smiling</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="60" />
      <source>here is something that understands</source>
      <translation>here is something that understands</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="61" />
      <source>here is something to calm you down</source>
      <translation>here is something to calm you down</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="62" />
      <source>here is something with energy</source>
      <translation>here is something with energy</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="63" />
      <source>here is something loud to let it out</source>
      <translation>here is something loud to let it out</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="76" />
      <source>Looking for your face…</source>
      <translation>Looking for your face…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="79" />
      <source>You chose {mood} music</source>
      <translation>You chose {mood} music</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="84" />
      <source>{look} — {offer}</source>
      <translation>{look} — {offer}</translation>
    </message>
  </context>
  <context>
    <name>MoodBox</name>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="338" />
      <source>…</source>
      <translation>…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="360" />
      <source>Your mood</source>
      <translation>Your mood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="361" />
      <source>Music:</source>
      <translation>Music:</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="362" />
      <source>follow my face</source>
      <translation>follow my face</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="366" />
      <source>Resume auto</source>
      <translation>Resume auto</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="367" />
      <source>When neutral, play:</source>
      <translation>When neutral, play:</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="369" />
      <source>calm</source>
      <translation>calm</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="370" />
      <source>energetic (focus)</source>
      <translation>energetic (focus)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="371" />
      <source>keep current</source>
      <translation>keep current</translation>
    </message>
  </context>
  <context>
    <name>MoodTimeline</name>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="205" />
      <source>seconds ago</source>
      <translation>seconds ago</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="205" />
      <source>minutes ago</source>
      <translation>minutes ago</translation>
    </message>
  </context>
  <context>
    <name>MusicMood</name>
    <message>
      <location filename="../../facemood/gui/texts.py" line="31" />
      <source>happy</source>
      <translation>happy</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="32" />
      <source>sad</source>
      <translation>sad</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="33" />
      <source>calm</source>
      <translation>calm</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="34" />
      <source>energetic</source>
      <translation>energetic</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="35" />
      <source>aggressive</source>
      <translation>aggressive</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="37" />
      <source>untagged</source>
      <translation>untagged</translation>
    </message>
  </context>
  <context>
    <name>NoCameraPanel</name>
    <message>
      <location filename="../../facemood/gui/preview.py" line="344" />
      <source>No camera</source>
      <translation>No camera</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="347" />
      <source>No camera was found, or it was lost. Check that it is plugged in, allowed in the system's privacy settings and not used by another app.</source>
      <translation>No camera was found, or it was lost. Check that it is plugged in, allowed in the system's privacy settings and not used by another app.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="352" />
      <source>Nothing to show</source>
      <translation>Nothing to show</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="353" />
      <source>This could not be opened: {what}</source>
      <translation>This could not be opened: {what}</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="354" />
      <source>Trying again in the background…</source>
      <translation>Trying again in the background…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="356" />
      <source>Open a video or photo…</source>
      <translation>Open a video or photo…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="357" />
      <source>Try again now</source>
      <translation>Try again now</translation>
    </message>
  </context>
  <context>
    <name>NowPlaying</name>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="135" />
      <source>Previous track</source>
      <translation>Previous track</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="136" />
      <source>Play / pause</source>
      <translation>Play / pause</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="137" />
      <source>Next track</source>
      <translation>Next track</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="138" />
      <source>♥ Like</source>
      <translation>♥ Like</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="139" />
      <source>Play this more often in this mood</source>
      <translation>Play this more often in this mood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="140" />
      <source>Play less</source>
      <translation>Play less</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="142" />
      <source>Go to another song and play this one less often in this mood</source>
      <translation>Go to another song and play this one less often in this mood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="144" />
      <source>Volume</source>
      <translation>Volume</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="151" />
      <source>Nothing playing</source>
      <translation>Nothing playing</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="157" />
      <source>Unknown artist</source>
      <translation>Unknown artist</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="163" />
      <source>Mood: {mood}</source>
      <translation>Mood: {mood}</translation>
    </message>
  </context>
  <context>
    <name>PreviewWidget</name>
    <message>
      <location filename="../../facemood/gui/preview.py" line="156" />
      <source>No picture yet</source>
      <translation>No picture yet</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../facemood/settings/schema.py" line="40" />
      <source>Camera</source>
      <translation>Camera</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="107" />
      <source>My face</source>
      <translation>My face</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="113" />
      <source>Learn my resting face as I go</source>
      <translation>Learn my resting face as I go</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="120" />
      <source>Follow my own face (0-1)</source>
      <translation>Follow my own face (0-1)</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="127" />
      <source>Learn a new face over (seconds)</source>
      <translation>Learn a new face over (seconds)</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="134" />
      <source>Catch up with a relaxed face over (seconds)</source>
      <translation>Catch up with a relaxed face over (seconds)</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="141" />
      <source>Adapt to my resting face over (seconds)</source>
      <translation>Adapt to my resting face over (seconds)</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="152" />
      <source>Music folder</source>
      <translation>Music folder</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="200" />
      <source>Volume</source>
      <translation>Volume</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="232" />
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="47" />
      <source>follow the largest face</source>
      <translation>follow the largest face</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="48" />
      <source>average all faces</source>
      <translation>average all faces</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="159" />
      <source>match my mood</source>
      <translation>match my mood</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="160" />
      <source>lift my mood</source>
      <translation>lift my mood</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="174" />
      <source>calm music</source>
      <translation>calm music</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="175" />
      <source>energetic music (focus)</source>
      <translation>energetic music (focus)</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="176" />
      <source>keep the current music</source>
      <translation>keep the current music</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="184" />
      <source>fade to new music now</source>
      <translation>fade to new music now</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="45" />
      <source>With several faces in view</source>
      <translation>With several faces in view</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="54" />
      <source>Face finder</source>
      <translation>Face finder</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="73" />
      <source>React to expressions over (seconds)</source>
      <translation>React to expressions over (seconds)</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="80" />
      <source>Change mood only when the new one leads by</source>
      <translation>Change mood only when the new one leads by</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="87" />
      <source>Keep a mood at least (seconds)</source>
      <translation>Keep a mood at least (seconds)</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="94" />
      <source>Ignore expressions less sure than</source>
      <translation>Ignore expressions less sure than</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="101" />
      <source>Count me as away after (seconds)</source>
      <translation>Count me as away after (seconds)</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="157" />
      <source>Music for my mood</source>
      <translation>Music for my mood</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="167" />
      <source>My own choice</source>
      <translation>My own choice</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="172" />
      <source>When my face is relaxed, play</source>
      <translation>When my face is relaxed, play</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="182" />
      <source>When my mood changes</source>
      <translation>When my mood changes</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="193" />
      <source>Fade between songs (seconds)</source>
      <translation>Fade between songs (seconds)</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="219" />
      <source>Guess the mood of untagged tracks from their sound</source>
      <translation>Guess the mood of untagged tracks from their sound</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="205" />
      <source>Sound output</source>
      <translation>Sound output</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="242" />
      <source>Save captured photos in</source>
      <translation>Save captured photos in</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="247" />
      <source>Closing the window</source>
      <translation>Closing the window</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="252" />
      <source>The mood timeline shows</source>
      <translation>The mood timeline shows</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="56" />
      <source>the best one available</source>
      <translation>the best one available</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="57" />
      <source>BlazeFace (fast and accurate)</source>
      <translation>BlazeFace (fast and accurate)</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="58" />
      <source>Haar cascade (older, frontal faces only)</source>
      <translation>Haar cascade (older, frontal faces only)</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="59" />
      <source>none (the whole picture is the face)</source>
      <translation>none (the whole picture is the face)</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="161" />
      <source>my own choice per emotion</source>
      <translation>my own choice per emotion</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="185" />
      <source>let the song finish first</source>
      <translation>let the song finish first</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="234" />
      <source>system language</source>
      <translation>system language</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="254" />
      <source>the last minute</source>
      <translation>the last minute</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="255" />
      <source>this whole session</source>
      <translation>this whole session</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="284" />
      <source>Camera and faces</source>
      <translation>Camera and faces</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="289" />
      <source>Mood</source>
      <translation>Mood</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="294" />
      <source>Music</source>
      <translation>Music</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="299" />
      <source>Library</source>
      <translation>Library</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="302" />
      <source>Window</source>
      <translation>Window</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="64" />
      <source>Choose a full path, e.g. with Browse…</source>
      <translation>Choose a full path, e.g. with Browse…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="66" />
      <source>This folder does not exist.</source>
      <translation>This folder does not exist.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="68" />
      <source>This is a file, not a folder.</source>
      <translation>This is a file, not a folder.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="70" />
      <source>Neither this folder nor the one it would go in exists.</source>
      <translation>Neither this folder nor the one it would go in exists.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="81" />
      <source>Browse…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="91" />
      <source>Choose a folder</source>
      <translation>Choose a folder</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="123" />
      <source>(as with “match my mood”)</source>
      <translation>(as with “match my mood”)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="149" />
      <source>Teach it your face…</source>
      <translation>Teach it your face…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="188" />
      <source>system default</source>
      <translation>system default</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="194" />
      <source>none (silent)</source>
      <translation>none (silent)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="203" />
      <source>{name} (not found)</source>
      <translation>{name} (not found)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="224" />
      <location filename="../../facemood/gui/settings_dialog.py" line="227" />
      <source>Camera {n}</source>
      <translation>Camera {n}</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="229" />
      <source>(looking…)</source>
      <translation>(looking…)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="231" />
      <source>(not found)</source>
      <translation>(not found)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="151" />
      <source>Reset</source>
      <translation>Reset</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="163" />
      <source>taught</source>
      <translation>taught</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="165" />
      <source>not taught</source>
      <translation>not taught</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="265" />
      <source>FaceMood settings</source>
      <translation>FaceMood settings</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="341" />
      <source>keeps FaceMood playing in the system tray</source>
      <translation>keeps FaceMood playing in the system tray</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="347" />
      <source>This desktop has no system tray.</source>
      <translation>This desktop has no system tray.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="369" />
      <source>(the demo library)</source>
      <translation>(the demo library)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="373" />
      <source>(default)</source>
      <translation>(default)</translation>
    </message>
  </context>
  <context>
    <name>SoundNotice</name>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="276" />
      <source>Choose a sound output…</source>
      <translation>Choose a sound output…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="288" />
      <source>the default output</source>
      <translation>the default output</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="290" />
      <source>No sound: VLC is not installed</source>
      <translation>No sound: VLC is not installed</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="290" />
      <source>FaceMood plays music with VLC. Install VLC from videolan.org (on Debian or Ubuntu: the packages libvlc5 and vlc-plugin-base), then start FaceMood again. Moods are still recognised.</source>
      <translation>FaceMood plays music with VLC. Install VLC from videolan.org (on Debian or Ubuntu: the packages libvlc5 and vlc-plugin-base), then start FaceMood again. Moods are still recognised.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="297" />
      <source>No such sound output: {output}</source>
      <translation>No such sound output: {output}</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="298" />
      <source>VLC uses its default output instead. Choose an output that exists.</source>
      <translation>VLC uses its default output instead. Choose an output that exists.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="301" />
      <source>No sound: {output} does not work</source>
      <translation>No sound: {output} does not work</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="302" />
      <source>The music goes on without sound. Check that speakers or headphones are connected and not muted in the system's sound settings, or choose another sound output.</source>
      <translation>The music goes on without sound. Check that speakers or headphones are connected and not muted in the system's sound settings, or choose another sound output.</translation>
    </message>
  </context>
  <context>
    <name>TeachDialog</name>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="52" />
      <source>Teach it your face</source>
      <translation>Teach it your face</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="58" />
      <source>Taught on {date}.</source>
      <translation>Taught on {date}.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="60" />
      <source>Not taught yet: moods are read from how your face changes.</source>
      <translation>Not taught yet: moods are read from how your face changes.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="65" />
      <source>Sit as you usually do, facing the camera. FaceMood records a few seconds of your resting face and of your smile, and learns how your face shows them.</source>
      <translation>Sit as you usually do, facing the camera. FaceMood records a few seconds of your resting face and of your smile, and learns how your face shows them.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="72" />
      <source>Also a {expression} face</source>
      <translation>Also a {expression} face</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="84" />
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="85" />
      <source>Remove what I taught</source>
      <translation>Remove what I taught</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="140" />
      <source>{what} — recording in {n}…</source>
      <translation>{what} — recording in {n}…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="152" />
      <source>{what} — recording, hold it…</source>
      <translation>{what} — recording, hold it…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="158" />
      <source>Record again</source>
      <translation>Record again</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="162" />
      <source>That did not work</source>
      <translation>That did not work</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="166" />
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="169" />
      <source>Of the frames you recorded, {before:.0%} read as you meant before, {after:.0%} with what FaceMood learned. Save to use it.</source>
      <translation>Of the frames you recorded, {before:.0%} read as you meant before, {after:.0%} with what FaceMood learned. Save to use it.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="183" />
      <source>Removed: moods are read from how your face changes.</source>
      <translation>Removed: moods are read from how your face changes.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="200" />
      <source>Relax your face</source>
      <translation>Relax your face</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="201" />
      <source>Smile</source>
      <translation>Smile</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="202" />
      <source>Look sad</source>
      <translation>Look sad</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="203" />
      <source>Look surprised</source>
      <translation>Look surprised</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="204" />
      <source>Look angry</source>
      <translation>Look angry</translation>
    </message>
  </context>
  <context>
    <name>TimelineBox</name>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="247" />
      <source>Mood over the last minute</source>
      <translation>Mood over the last minute</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="249" />
      <source>Mood since this source started</source>
      <translation>Mood since this source started</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="255" />
      <source>last minute</source>
      <translation>last minute</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="256" />
      <source>this session</source>
      <translation>this session</translation>
    </message>
  </context>
  <context>
    <name>TrayIcon</name>
    <message>
      <location filename="../../facemood/gui/tray.py" line="67" />
      <source>Mood: {mood}</source>
      <translation>Mood: {mood}</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/tray.py" line="71" />
      <source>Show FaceMood</source>
      <translation>Show FaceMood</translation>
    </message>
  </context>
  <context>
    <name>ViewBar</name>
    <message>
      <location filename="../../facemood/gui/preview.py" line="203" />
      <source>Camera {n}</source>
      <translation>Camera {n}</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="251" />
      <source>starting</source>
      <translation>starting</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="252" />
      <source>running</source>
      <translation>running</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="253" />
      <source>no camera, retrying</source>
      <translation>no camera, retrying</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="254" />
      <source>ended</source>
      <translation>ended</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="255" />
      <source>paused</source>
      <translation>paused</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="256" />
      <source>failed</source>
      <translation>failed</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="288" />
      <source>Open folder</source>
      <translation>Open folder</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="289" />
      <source>Back to camera</source>
      <translation>Back to camera</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="290" />
      <source>Capture (Shift+C)</source>
      <translation>Capture (Shift+C)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="292" />
      <source>Save this picture as a photo and play music for it</source>
      <translation>Save this picture as a photo and play music for it</translation>
    </message>
  </context>
  <context>
    <name>WindowActions</name>
    <message>
      <location filename="../../facemood/gui/actions.py" line="144" />
      <source>Looking for cameras…</source>
      <translation>Looking for cameras…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="146" />
      <source>No camera found</source>
      <translation>No camera found</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="148" />
      <source>Camera {n}</source>
      <translation>Camera {n}</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="153" />
      <source>Search again</source>
      <translation>Search again</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="157" />
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="158" />
      <source>&amp;Open video or photo…</source>
      <translation>&amp;Open video or photo…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="159" />
      <source>&amp;Camera</source>
      <translation>&amp;Camera</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="161" />
      <source>Resume analysis</source>
      <translation>Resume analysis</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="163" />
      <source>&amp;Pause analysis</source>
      <translation>&amp;Pause analysis</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="165" />
      <source>&amp;Capture photo</source>
      <translation>&amp;Capture photo</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="166" />
      <source>&amp;Settings…</source>
      <translation>&amp;Settings…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="167" />
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="168" />
      <source>&amp;Playback</source>
      <translation>&amp;Playback</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="169" />
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="169" />
      <source>Play</source>
      <translation>Play</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="170" />
      <source>&amp;Next track</source>
      <translation>&amp;Next track</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="171" />
      <source>P&amp;revious track</source>
      <translation>P&amp;revious track</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="172" />
      <source>&amp;Like this track</source>
      <translation>&amp;Like this track</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="173" />
      <source>Play this less &amp;often</source>
      <translation>Play this less &amp;often</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="174" />
      <source>Volume &amp;up</source>
      <translation>Volume &amp;up</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="175" />
      <source>Volume &amp;down</source>
      <translation>Volume &amp;down</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="176" />
      <source>&amp;Mood</source>
      <translation>&amp;Mood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="177" />
      <source>&amp;Teach it your face…</source>
      <translation>&amp;Teach it your face…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="178" />
      <source>&amp;View</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="179" />
      <source>&amp;Side panel</source>
      <translation>&amp;Side panel</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="180" />
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="181" />
      <source>System language</source>
      <translation>System language</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="184" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="185" />
      <source>&amp;About FaceMood</source>
      <translation>&amp;About FaceMood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="186" />
      <source>Crash reports…</source>
      <translation>Crash reports…</translation>
    </message>
  </context>
</TS>